--
-- Schema of LedgerSMB 1.6.33 (Debian package ledgersmb 1.6.33+ds-2.1, usr/share/ledgersmb/sql/Pg-database.sql), GNU GPL v2 or later (its debian/copyright); loaded with psql and dumped with pg_dump 15.20 (see ../README.md)
-- PostgreSQL database dump
--

\restrict sHTFQZzgNfukpewnhxiaB0rSmaO5FmzPQVbOK7ZGgU4F9vgqQ7GG556nb674JzC

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
-- Name: trial_balance__entry; Type: TYPE; Schema: public; Owner: postgres
--

CREATE TYPE public.trial_balance__entry AS (
	id integer,
	date_from date,
	date_to date,
	description text,
	yearend text,
	heading_id integer,
	accounts integer[]
);


ALTER TYPE public.trial_balance__entry OWNER TO postgres;

--
-- Name: add_custom_field(character varying, character varying, character varying); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.add_custom_field(table_name character varying, new_field_name character varying, field_datatype character varying) RETURNS boolean
    LANGUAGE plpgsql
    AS $$
BEGIN
        perform TABLE_ID FROM custom_table_catalog
                WHERE extends = table_name;
        IF NOT FOUND THEN
                BEGIN
                        INSERT INTO custom_table_catalog (extends)
                                VALUES (table_name);
                        EXECUTE 'CREATE TABLE ' ||
                               quote_ident('custom_' ||table_name) ||
                                ' (row_id INT PRIMARY KEY)';
                EXCEPTION WHEN duplicate_table THEN
                        -- do nothing
                END;
        END IF;
        INSERT INTO custom_field_catalog (field_name, table_id)
        values (new_field_name, (SELECT table_id
                                        FROM custom_table_catalog
                WHERE extends = table_name));
        EXECUTE 'ALTER TABLE '|| quote_ident('custom_'||table_name) ||
                ' ADD COLUMN ' || quote_ident(new_field_name) || ' ' ||
                  quote_ident(field_datatype);
        RETURN TRUE;
END;
$$;


ALTER FUNCTION public.add_custom_field(table_name character varying, new_field_name character varying, field_datatype character varying) OWNER TO postgres;

--
-- Name: avgcost(integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.avgcost(integer) RETURNS double precision
    LANGUAGE plpgsql
    AS $_$

DECLARE

v_cost float;
v_qty float;
v_parts_id alias for $1;

BEGIN

  SELECT INTO v_cost, v_qty SUM(i.sellprice * i.qty), SUM(i.qty)
  FROM invoice i
  JOIN ap a ON (a.id = i.trans_id)
  WHERE i.parts_id = v_parts_id;

  IF v_cost IS NULL THEN
    v_cost := 0;
  END IF;

  IF NOT v_qty IS NULL THEN
    IF v_qty = 0 THEN
      v_cost := 0;
    ELSE
      v_cost := v_cost/v_qty;
    END IF;
  END IF;

RETURN v_cost;
END;
$_$;


ALTER FUNCTION public.avgcost(integer) OWNER TO postgres;

--
-- Name: compound_array(anyarray, anyarray); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.compound_array(ary anyarray, elm anyarray) RETURNS anyarray
    LANGUAGE sql
    AS $$
   SELECT array_cat(ary, elm);
$$;


ALTER FUNCTION public.compound_array(ary anyarray, elm anyarray) OWNER TO postgres;

--
-- Name: FUNCTION compound_array(ary anyarray, elm anyarray); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON FUNCTION public.compound_array(ary anyarray, elm anyarray) IS 'PostgreSQL 14 vs pre-14 compatibility measure.';


--
-- Name: concat_colon(text, text); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.concat_colon(text, text) RETURNS text
    LANGUAGE sql
    AS $_$
select CASE WHEN $1 IS NULL THEN $2 ELSE $1 || ':' || $2 END;
$_$;


ALTER FUNCTION public.concat_colon(text, text) OWNER TO postgres;

--
-- Name: FUNCTION concat_colon(text, text); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON FUNCTION public.concat_colon(text, text) IS '
This function takes two arguments and creates a list out  of them.  It''s useful
as an aggregate base (see aggregate concat_colon).  However this is a temporary
function only and should not be relied upon.';


--
-- Name: del_recurring(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.del_recurring() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  DELETE FROM recurring WHERE id = old.id;
  DELETE FROM recurringemail WHERE id = old.id;
  DELETE FROM recurringprint WHERE id = old.id;
  RETURN NULL;
END;
$$;


ALTER FUNCTION public.del_recurring() OWNER TO postgres;

--
-- Name: del_yearend(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.del_yearend() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
begin
  delete from yearend where trans_id = old.id;
  return NULL;
end;
$$;


ALTER FUNCTION public.del_yearend() OWNER TO postgres;

--
-- Name: drop_custom_field(character varying, character varying); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.drop_custom_field(character varying, character varying) RETURNS boolean
    LANGUAGE plpgsql
    AS $_$
DECLARE
table_name ALIAS FOR $1;
custom_field_name ALIAS FOR $2;
BEGIN
        DELETE FROM custom_field_catalog
        WHERE field_name = custom_field_name AND
                table_id = (SELECT table_id FROM custom_table_catalog
                        WHERE extends = table_name);
        EXECUTE 'ALTER TABLE ' || quote_ident('custom_' || table_name) ||
                ' DROP COLUMN ' || quote_ident(custom_field_name);
        RETURN TRUE;
END;
$_$;


ALTER FUNCTION public.drop_custom_field(character varying, character varying) OWNER TO postgres;

--
-- Name: gl_audit_trail_append(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.gl_audit_trail_append() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    AS $$
DECLARE
   t_reference text;
   t_row RECORD;
BEGIN

IF TG_OP = 'INSERT' then
   t_row := NEW;
ELSE
   t_row := OLD;
END IF;

IF TG_RELNAME IN ('ar', 'ap') THEN
    t_reference := t_row.invnumber;
ELSE
    t_reference := t_row.reference;
END IF;

INSERT INTO audittrail (trans_id,tablename,reference, action, person_id)
values (t_row.id,TG_RELNAME,t_reference, TG_OP, person__get_my_entity_id());

return null; -- AFTER TRIGGER ONLY, SAFE
END;
$$;


ALTER FUNCTION public.gl_audit_trail_append() OWNER TO postgres;

--
-- Name: FUNCTION gl_audit_trail_append(); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON FUNCTION public.gl_audit_trail_append() IS ' This provides centralized support for insertions into audittrail.
';


--
-- Name: lastcost(integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.lastcost(integer) RETURNS double precision
    LANGUAGE plpgsql
    AS $_$

DECLARE

v_cost float;
v_parts_id alias for $1;

BEGIN

  SELECT INTO v_cost sellprice FROM invoice i
  JOIN ap a ON (a.id = i.trans_id)
  WHERE i.parts_id = v_parts_id
  ORDER BY a.transdate desc, a.id desc
  LIMIT 1;

  IF v_cost IS NULL THEN
    v_cost := 0;
  END IF;

RETURN v_cost;
END;
$_$;


ALTER FUNCTION public.lastcost(integer) OWNER TO postgres;

--
-- Name: lock_record(integer, integer); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.lock_record(in_id integer, in_session_id integer) RETURNS boolean
    LANGUAGE plpgsql
    AS $_$
declare
   locked int;
begin
   SELECT locked_by into locked from transactions where id = $1;
   IF NOT FOUND THEN
        RETURN FALSE;
   ELSEIF locked is not null AND locked <> $2 THEN
        RETURN FALSE;
   END IF;
   UPDATE transactions set locked_by = $2 where id = $1;
   RETURN TRUE;
end;
$_$;


ALTER FUNCTION public.lock_record(in_id integer, in_session_id integer) OWNER TO postgres;

--
-- Name: FUNCTION lock_record(in_id integer, in_session_id integer); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON FUNCTION public.lock_record(in_id integer, in_session_id integer) IS '
This function seeks to lock a record with an id of in_id to a session with an
id of in_session_id.  If possible, it returns true.  If it is already locked,
false.  These are not hard locks and the application is free to disregard or
not even ask.  They time out when the session is destroyed.
';


--
-- Name: lsmb_array_append(anyarray, anyelement); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.lsmb_array_append(ary anyarray, elm anyelement) RETURNS anyarray
    LANGUAGE sql
    AS $$
   SELECT array_append(ary, elm);
$$;


ALTER FUNCTION public.lsmb_array_append(ary anyarray, elm anyelement) OWNER TO postgres;

--
-- Name: FUNCTION lsmb_array_append(ary anyarray, elm anyelement); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON FUNCTION public.lsmb_array_append(ary anyarray, elm anyelement) IS 'PostgreSQL 14 vs pre-14 compatibility measure.';


--
-- Name: person__get_my_entity_id(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.person__get_my_entity_id() RETURNS integer
    LANGUAGE sql
    AS $$
        SELECT entity_id from users where username = SESSION_USER;
$$;


ALTER FUNCTION public.person__get_my_entity_id() OWNER TO postgres;

--
-- Name: FUNCTION person__get_my_entity_id(); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON FUNCTION public.person__get_my_entity_id() IS ' Returns the entity_id of the current, logged in user.';


--
-- Name: prevent_closed_transactions(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.prevent_closed_transactions() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE t_end_date date;
BEGIN
SELECT max(end_date) into t_end_date FROM account_checkpoint;
IF new.transdate <= t_end_date THEN
    RAISE EXCEPTION 'Transaction entered into closed period.  Transdate: %',
                   new.transdate;
END IF;
RETURN new;
END;
$$;


ALTER FUNCTION public.prevent_closed_transactions() OWNER TO postgres;

--
-- Name: to_args(text[], text[]); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.to_args(in_base text[], in_args text[]) RETURNS text[]
    LANGUAGE sql
    AS $_$
SELECT CASE WHEN $2[1] IS NULL OR $2[2] IS NULL THEN $1
            ELSE $1 || ($2[1]::text || '=' || $2[2]::text)
       END;
$_$;


ALTER FUNCTION public.to_args(in_base text[], in_args text[]) OWNER TO postgres;

--
-- Name: FUNCTION to_args(in_base text[], in_args text[]); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON FUNCTION public.to_args(in_base text[], in_args text[]) IS '
This function takes two arguments.  The first is a one-dimensional array
representing the  base state of the argument array.  The second is a two
element array of {key, value}.

If either of the args is null, it returns the first argument.  Otherwise it
returns the first initial array, concatenated with key || ''='' || value.

It primarily exists for the to_args aggregate.
';


--
-- Name: track_global_sequence(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.track_global_sequence() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
        IF tg_op = 'INSERT' THEN
                INSERT INTO transactions (id, table_name, approved)
                VALUES (new.id, TG_RELNAME, new.approved);
        ELSEIF tg_op = 'UPDATE' THEN
                IF new.id = old.id AND new.approved = old.approved THEN
                        return new;
                ELSE
                        UPDATE transactions SET id = new.id,
                                                approved = new.approved
                         WHERE id = old.id;
                END IF;
        ELSE
                DELETE FROM transactions WHERE id = old.id;
        END IF;
        RETURN new;
END;
$$;


ALTER FUNCTION public.track_global_sequence() OWNER TO postgres;

--
-- Name: FUNCTION track_global_sequence(); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON FUNCTION public.track_global_sequence() IS ' This trigger is used to track the id sequence entries across the
transactions table, and with the ar, ap, and gl tables.  This is necessary
because these have not been properly refactored yet.
';


--
-- Name: trigger_parts_short(); Type: FUNCTION; Schema: public; Owner: postgres
--

CREATE FUNCTION public.trigger_parts_short() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
  IF NEW.onhand >= NEW.rop THEN
    NOTIFY parts_short;
  END IF;
  RETURN NEW;
END;
$$;


ALTER FUNCTION public.trigger_parts_short() OWNER TO postgres;

--
-- Name: as_array(anyelement); Type: AGGREGATE; Schema: public; Owner: postgres
--

CREATE AGGREGATE public.as_array(anyelement) (
    SFUNC = public.lsmb_array_append,
    STYPE = anyarray,
    INITCOND = '{}'
);


ALTER AGGREGATE public.as_array(anyelement) OWNER TO postgres;

--
-- Name: AGGREGATE as_array(anyelement); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON AGGREGATE public.as_array(anyelement) IS ' A basic array aggregate to take elements and return a one-dimensional array.

Example:  SELECT as_array(id) from entity_class;
';


--
-- Name: compound_array(anyarray); Type: AGGREGATE; Schema: public; Owner: postgres
--

CREATE AGGREGATE public.compound_array(anyarray) (
    SFUNC = public.compound_array,
    STYPE = anyarray,
    INITCOND = '{}'
);


ALTER AGGREGATE public.compound_array(anyarray) OWNER TO postgres;

--
-- Name: AGGREGATE compound_array(anyarray); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON AGGREGATE public.compound_array(anyarray) IS ' Returns an n dimensional array.

Example: SELECT as_array(ARRAY[id::text, class]) from contact_class
';


--
-- Name: concat_colon(text); Type: AGGREGATE; Schema: public; Owner: postgres
--

CREATE AGGREGATE public.concat_colon(text) (
    SFUNC = public.concat_colon,
    STYPE = text
);


ALTER AGGREGATE public.concat_colon(text) OWNER TO postgres;

--
-- Name: AGGREGATE concat_colon(text); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON AGGREGATE public.concat_colon(text) IS ' This is a sumple aggregate to return values from the database in a
colon-separated list.  Other programs probably should not rely on this since
it is primarily included for the chart view.';


--
-- Name: to_args(text[]); Type: AGGREGATE; Schema: public; Owner: postgres
--

CREATE AGGREGATE public.to_args(text[]) (
    SFUNC = public.to_args,
    STYPE = text[],
    INITCOND = '{}'
);


ALTER AGGREGATE public.to_args(text[]) OWNER TO postgres;

--
-- Name: AGGREGATE to_args(text[]); Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON AGGREGATE public.to_args(text[]) IS ' Turns a setof ARRAY[key,value] into an
ARRAY[key||''=''||value, key||''=''||value,...]
';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: ac_tax_form; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ac_tax_form (
    entry_id integer NOT NULL,
    reportable boolean
);


ALTER TABLE public.ac_tax_form OWNER TO postgres;

--
-- Name: TABLE ac_tax_form; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.ac_tax_form IS ' Mapping journal_line to country_tax_form for reporting purposes.';


--
-- Name: acc_trans; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.acc_trans (
    trans_id integer NOT NULL,
    chart_id integer NOT NULL,
    amount numeric NOT NULL,
    transdate date DEFAULT CURRENT_DATE,
    source text,
    cleared boolean DEFAULT false,
    fx_transaction boolean DEFAULT false,
    memo text,
    invoice_id integer,
    approved boolean DEFAULT true,
    cleared_on date,
    reconciled_on date,
    voucher_id integer,
    entry_id integer NOT NULL
);


ALTER TABLE public.acc_trans OWNER TO postgres;

--
-- Name: TABLE acc_trans; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.acc_trans IS 'This table stores line items for financial transactions.  Please note that
payments in 1.3 are not full-fledged transactions.';


--
-- Name: COLUMN acc_trans.source; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.acc_trans.source IS 'Document Source identifier for individual line items, usually used
for payments.';


--
-- Name: COLUMN acc_trans.fx_transaction; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.acc_trans.fx_transaction IS 'When ''f'', indicates that the amount column states the amount in the currency
as specified in the associated ar, ap, payment or gl record.

When ''t'', indicates that the amount column states the difference between
the foreighn currency amount and the base amount so that their sum equals the
base amount.';


--
-- Name: acc_trans_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.acc_trans_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.acc_trans_entry_id_seq OWNER TO postgres;

--
-- Name: acc_trans_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.acc_trans_entry_id_seq OWNED BY public.acc_trans.entry_id;


--
-- Name: account; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.account (
    id integer NOT NULL,
    accno text NOT NULL,
    description text,
    is_temp boolean DEFAULT false NOT NULL,
    category character(1) NOT NULL,
    gifi_accno text,
    heading integer NOT NULL,
    contra boolean DEFAULT false NOT NULL,
    tax boolean DEFAULT false NOT NULL,
    obsolete boolean DEFAULT false NOT NULL,
    CONSTRAINT account_category_check CHECK ((category = ANY (ARRAY['A'::bpchar, 'L'::bpchar, 'Q'::bpchar, 'I'::bpchar, 'E'::bpchar])))
);


ALTER TABLE public.account OWNER TO postgres;

--
-- Name: TABLE account; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.account IS ' This table stores the main account info.';


--
-- Name: COLUMN account.is_temp; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.account.is_temp IS ' Only affects equity accounts.  If set, close at end of year. ';


--
-- Name: COLUMN account.category; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.account.category IS ' A=asset,L=liability,Q=Equity,I=Income,E=expense ';


--
-- Name: account_checkpoint; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.account_checkpoint (
    end_date date NOT NULL,
    account_id integer NOT NULL,
    amount numeric NOT NULL,
    id integer NOT NULL,
    debits numeric,
    credits numeric
);


ALTER TABLE public.account_checkpoint OWNER TO postgres;

--
-- Name: TABLE account_checkpoint; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.account_checkpoint IS ' This table holds account balances at various dates.  Transactions MUST NOT
be posted prior to the latest end_date in this table, and no unapproved
transactions (vouchers or drafts) can remain in the closed period.';


--
-- Name: account_checkpoint_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.account_checkpoint_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.account_checkpoint_id_seq OWNER TO postgres;

--
-- Name: account_checkpoint_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.account_checkpoint_id_seq OWNED BY public.account_checkpoint.id;


--
-- Name: account_heading; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.account_heading (
    id integer NOT NULL,
    accno text NOT NULL,
    parent_id integer,
    description text,
    category character(1),
    CONSTRAINT account_heading_category_check CHECK ((category = ANY (ARRAY['A'::bpchar, 'L'::bpchar, 'Q'::bpchar, 'I'::bpchar, 'E'::bpchar])))
);


ALTER TABLE public.account_heading OWNER TO postgres;

--
-- Name: TABLE account_heading; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.account_heading IS '
This table holds the account headings in the system.  Each account must belong
to a heading, and a heading can belong to another heading.  In this way it is
possible to nest accounts for reporting purposes.';


--
-- Name: COLUMN account_heading.category; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.account_heading.category IS '
Same as the column account.category, except that if NULL the category
is automatically derived from the linked accounts.
';


--
-- Name: account_heading_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.account_heading_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.account_heading_id_seq OWNER TO postgres;

--
-- Name: account_heading_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.account_heading_id_seq OWNED BY public.account_heading.id;


--
-- Name: translation; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.translation (
    trans_id integer NOT NULL,
    language_code character varying(6) NOT NULL,
    description text
);


ALTER TABLE public.translation OWNER TO postgres;

--
-- Name: TABLE translation; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.translation IS 'abstract table for manual translation data. Should have zero rows.';


--
-- Name: account_heading_translation; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.account_heading_translation (
)
INHERITS (public.translation);


ALTER TABLE public.account_heading_translation OWNER TO postgres;

--
-- Name: TABLE account_heading_translation; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.account_heading_translation IS 'Translations for account heading descriptions.';


--
-- Name: account_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.account_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.account_id_seq OWNER TO postgres;

--
-- Name: account_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.account_id_seq OWNED BY public.account.id;


--
-- Name: account_link; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.account_link (
    account_id integer NOT NULL,
    description text NOT NULL
);


ALTER TABLE public.account_link OWNER TO postgres;

--
-- Name: account_link_description; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.account_link_description (
    description text NOT NULL,
    summary boolean NOT NULL,
    custom boolean NOT NULL
);


ALTER TABLE public.account_link_description OWNER TO postgres;

--
-- Name: TABLE account_link_description; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.account_link_description IS ' This is a lookup table which provide basic information as to categories and
dropdowns of accounts.  In general summary accounts cannot belong to more than
one category (an AR summary account cannot appear in other dropdowns for
example).  Custom fields are not overwritten when the account is edited from
the front-end.';


--
-- Name: account_translation; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.account_translation (
)
INHERITS (public.translation);


ALTER TABLE public.account_translation OWNER TO postgres;

--
-- Name: TABLE account_translation; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.account_translation IS 'Translations for account descriptions.';


--
-- Name: id; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.id
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.id OWNER TO postgres;

--
-- Name: ap; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ap (
    id integer DEFAULT nextval('public.id'::regclass) NOT NULL,
    invnumber text,
    transdate date DEFAULT CURRENT_DATE,
    entity_id integer,
    taxincluded boolean DEFAULT false,
    amount numeric,
    netamount numeric,
    paid numeric,
    datepaid date,
    duedate date,
    invoice boolean DEFAULT false,
    ordnumber text,
    curr character(3),
    notes text,
    person_id integer,
    till character varying(20),
    quonumber text,
    intnotes text,
    shipvia text,
    language_code character varying(6),
    ponumber text,
    shippingpoint text,
    on_hold boolean DEFAULT false,
    approved boolean DEFAULT true,
    reverse boolean DEFAULT false,
    terms smallint DEFAULT 0,
    description text,
    force_closed boolean,
    crdate date,
    is_return boolean DEFAULT false,
    entity_credit_account integer NOT NULL,
    CONSTRAINT ap_check CHECK ((((amount IS NULL) AND (curr IS NULL)) OR ((amount IS NOT NULL) AND (curr IS NOT NULL))))
);


ALTER TABLE public.ap OWNER TO postgres;

--
-- Name: TABLE ap; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.ap IS ' Summary/header information for AP transactions and vendor invoices.
Note that some constraints here are hard to enforce because we haven not gotten
to rewriting the relevant code here.
HV TODO drop entity_id
';


--
-- Name: COLUMN ap.invnumber; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.invnumber IS ' Text identifier for the invoice.  Must be unique.';


--
-- Name: COLUMN ap.amount; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.amount IS ' This stores the total amount (including taxes) for the transaction.';


--
-- Name: COLUMN ap.netamount; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.netamount IS ' Total amount excluding taxes for the transaction.';


--
-- Name: COLUMN ap.invoice; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.invoice IS ' True if the transaction tracks goods/services purchase using the invoice
table.  False otherwise.';


--
-- Name: COLUMN ap.ordnumber; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.ordnumber IS ' Order Number';


--
-- Name: COLUMN ap.curr; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.curr IS ' 3 letters to identify the currency.';


--
-- Name: COLUMN ap.notes; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.notes IS 'These notes are displayed on the invoice when printed or emailed';


--
-- Name: COLUMN ap.person_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.person_id IS 'Person who created the transaction';


--
-- Name: COLUMN ap.quonumber; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.quonumber IS 'Quotation Number';


--
-- Name: COLUMN ap.intnotes; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.intnotes IS 'These notes are not displayed when the invoice is printed or emailed and
may be updated without reposting hte invocie.';


--
-- Name: COLUMN ap.ponumber; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.ponumber IS 'Purchase Order Number';


--
-- Name: COLUMN ap.approved; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.approved IS 'Only show in financial reports if true.';


--
-- Name: COLUMN ap.reverse; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.reverse IS 'If true numbers are displayed after multiplying by -1';


--
-- Name: COLUMN ap.force_closed; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.force_closed IS ' Not exposed to the UI, but can be set to prevent an invoice from showing up
for payment or in outstanding reports.';


--
-- Name: COLUMN ap.entity_credit_account; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ap.entity_credit_account IS ' reference for the vendor account used.';


--
-- Name: ar; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.ar (
    id integer DEFAULT nextval('public.id'::regclass) NOT NULL,
    invnumber text,
    transdate date DEFAULT CURRENT_DATE,
    entity_id integer,
    taxincluded boolean,
    amount numeric,
    netamount numeric,
    paid numeric,
    datepaid date,
    duedate date,
    invoice boolean DEFAULT false,
    shippingpoint text,
    terms smallint DEFAULT 0,
    notes text,
    curr character(3),
    ordnumber text,
    person_id integer,
    till character varying(20),
    quonumber text,
    intnotes text,
    shipvia text,
    language_code character varying(6),
    ponumber text,
    on_hold boolean DEFAULT false,
    reverse boolean DEFAULT false,
    approved boolean DEFAULT true,
    entity_credit_account integer NOT NULL,
    force_closed boolean,
    description text,
    is_return boolean DEFAULT false,
    crdate date,
    setting_sequence text,
    CONSTRAINT ar_check CHECK ((((amount IS NULL) AND (curr IS NULL)) OR ((amount IS NOT NULL) AND (curr IS NOT NULL)))),
    CONSTRAINT ar_check1 CHECK (((invnumber IS NOT NULL) OR (NOT approved)))
);


ALTER TABLE public.ar OWNER TO postgres;

--
-- Name: TABLE ar; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.ar IS ' Summary/header information for AR transactions and sales invoices.
Note that some constraints here are hard to enforce because we haven not gotten
to rewriting the relevant code here.
HV TODO drop entity_id
';


--
-- Name: COLUMN ar.invnumber; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.invnumber IS ' Text identifier for the invoice.  Must be unique.';


--
-- Name: COLUMN ar.amount; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.amount IS ' This stores the total amount (including taxes) for the transaction.';


--
-- Name: COLUMN ar.netamount; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.netamount IS ' Total amount excluding taxes for the transaction.';


--
-- Name: COLUMN ar.invoice; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.invoice IS ' True if the transaction tracks goods/services purchase using the invoice
table.  False otherwise.';


--
-- Name: COLUMN ar.notes; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.notes IS 'These notes are displayed on the invoice when printed or emailed';


--
-- Name: COLUMN ar.curr; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.curr IS ' 3 letters to identify the currency.';


--
-- Name: COLUMN ar.ordnumber; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.ordnumber IS ' Order Number';


--
-- Name: COLUMN ar.person_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.person_id IS 'Person who created the transaction';


--
-- Name: COLUMN ar.quonumber; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.quonumber IS 'Quotation Number';


--
-- Name: COLUMN ar.intnotes; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.intnotes IS 'These notes are not displayed when the invoice is printed or emailed and
may be updated without reposting hte invocie.';


--
-- Name: COLUMN ar.ponumber; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.ponumber IS 'Purchase Order Number';


--
-- Name: COLUMN ar.reverse; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.reverse IS 'If true numbers are displayed after multiplying by -1';


--
-- Name: COLUMN ar.approved; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.approved IS 'Only show in financial reports if true.';


--
-- Name: COLUMN ar.entity_credit_account; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.entity_credit_account IS ' reference for the customer account used.';


--
-- Name: COLUMN ar.force_closed; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.ar.force_closed IS ' Not exposed to the UI, but can be set to prevent an invoice from showing up
for payment or in outstanding reports.';


--
-- Name: assembly; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.assembly (
    id integer NOT NULL,
    parts_id integer NOT NULL,
    qty numeric,
    bom boolean,
    adj boolean
);


ALTER TABLE public.assembly OWNER TO postgres;

--
-- Name: TABLE assembly; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.assembly IS 'Holds mapping for parts that are members of assemblies.';


--
-- Name: COLUMN assembly.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.assembly.id IS 'This is the id of the assembly the part is being mapped to.';


--
-- Name: COLUMN assembly.parts_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.assembly.parts_id IS 'ID of part that is a member of the assembly.';


--
-- Name: asset_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.asset_class (
    id integer NOT NULL,
    label text NOT NULL,
    asset_account_id integer,
    dep_account_id integer,
    method integer
);


ALTER TABLE public.asset_class OWNER TO postgres;

--
-- Name: TABLE asset_class; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.asset_class IS '
The account fields here set the defaults for the individual asset items.  They
are non-authoritative.
';


--
-- Name: asset_class_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.asset_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.asset_class_id_seq OWNER TO postgres;

--
-- Name: asset_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.asset_class_id_seq OWNED BY public.asset_class.id;


--
-- Name: asset_dep_method; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.asset_dep_method (
    id integer NOT NULL,
    method text NOT NULL,
    sproc text NOT NULL,
    unit_label text NOT NULL,
    short_name text NOT NULL,
    unit_class integer NOT NULL
);


ALTER TABLE public.asset_dep_method OWNER TO postgres;

--
-- Name: TABLE asset_dep_method; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.asset_dep_method IS ' Stores asset depreciation methods, and their relevant stored procedures.

The fixed asset system is such depreciation methods can be plugged in via this
table.';


--
-- Name: COLUMN asset_dep_method.method; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.asset_dep_method.method IS ' These are keyed to specific stored procedures.  Currently only "straight_line" is supported';


--
-- Name: COLUMN asset_dep_method.sproc; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.asset_dep_method.sproc IS 'The sproc mentioned here is a stored procedure which must have the following
arguments: (in_asset_ids int[],  in_report_date date, in_report_id int).

Here in_asset_ids are the assets to be depreciated, in_report_date is the date
of the report, and in_report_id is the id of the report.  The sproc MUST
insert the relevant lines into asset_report_line. ';


--
-- Name: asset_dep_method_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.asset_dep_method_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.asset_dep_method_id_seq OWNER TO postgres;

--
-- Name: asset_dep_method_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.asset_dep_method_id_seq OWNED BY public.asset_dep_method.id;


--
-- Name: asset_disposal_method; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.asset_disposal_method (
    label text NOT NULL,
    id integer NOT NULL,
    multiple integer,
    short_label character(1),
    CONSTRAINT asset_disposal_method_multiple_check CHECK ((multiple = ANY (ARRAY[1, 0, '-1'::integer])))
);


ALTER TABLE public.asset_disposal_method OWNER TO postgres;

--
-- Name: asset_disposal_method_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.asset_disposal_method_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.asset_disposal_method_id_seq OWNER TO postgres;

--
-- Name: asset_disposal_method_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.asset_disposal_method_id_seq OWNED BY public.asset_disposal_method.id;


--
-- Name: asset_item; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.asset_item (
    id integer NOT NULL,
    description text,
    tag text NOT NULL,
    purchase_value numeric,
    salvage_value numeric,
    usable_life numeric,
    purchase_date date NOT NULL,
    start_depreciation date NOT NULL,
    location_id integer,
    department_id integer,
    invoice_id integer,
    asset_account_id integer,
    dep_account_id integer,
    exp_account_id integer,
    obsolete_by integer,
    asset_class_id integer
);


ALTER TABLE public.asset_item OWNER TO postgres;

--
-- Name: TABLE asset_item; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.asset_item IS ' Stores details of asset items.  The account fields here are authoritative,
while the ones in the asset_class table are defaults.';


--
-- Name: COLUMN asset_item.tag; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.asset_item.tag IS ' This can be plugged into other routines to generate it automatically via ALTER TABLE .... SET DEFAULT.....';


--
-- Name: asset_item_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.asset_item_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.asset_item_id_seq OWNER TO postgres;

--
-- Name: asset_item_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.asset_item_id_seq OWNED BY public.asset_item.id;


--
-- Name: note; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.note (
    id integer NOT NULL,
    note_class integer NOT NULL,
    note text NOT NULL,
    vector tsvector DEFAULT ''::tsvector NOT NULL,
    created timestamp without time zone DEFAULT now() NOT NULL,
    created_by text DEFAULT SESSION_USER,
    ref_key integer NOT NULL,
    subject text
);


ALTER TABLE public.note OWNER TO postgres;

--
-- Name: TABLE note; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.note IS ' This is an abstract table which should have zero rows.  It is inherited by
other tables for specific notes.';


--
-- Name: COLUMN note.note; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.note.note IS 'Body of note.';


--
-- Name: COLUMN note.vector; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.note.vector IS 'tsvector for full text indexing, requires
both setting up tsearch dictionaries and adding triggers to use at present.';


--
-- Name: COLUMN note.ref_key; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.note.ref_key IS ' Subclassed tables use this column as a foreign key against the table storing
the record a note is attached to.';


--
-- Name: asset_note; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.asset_note (
    CONSTRAINT asset_note_note_class_check CHECK ((note_class = 4))
)
INHERITS (public.note);


ALTER TABLE public.asset_note OWNER TO postgres;

--
-- Name: asset_report; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.asset_report (
    id integer NOT NULL,
    report_date date,
    gl_id bigint,
    asset_class bigint,
    report_class integer,
    entered_by bigint NOT NULL,
    approved_by bigint,
    entered_at timestamp without time zone DEFAULT now(),
    approved_at timestamp without time zone,
    depreciated_qty numeric,
    dont_approve boolean DEFAULT false,
    submitted boolean DEFAULT false NOT NULL
);


ALTER TABLE public.asset_report OWNER TO postgres;

--
-- Name: TABLE asset_report; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.asset_report IS ' Asset reports are discrete sets of depreciation or disposal transctions,
and each one may be turned into no more than one GL transaction.';


--
-- Name: asset_report_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.asset_report_class (
    id integer NOT NULL,
    class text NOT NULL
);


ALTER TABLE public.asset_report_class OWNER TO postgres;

--
-- Name: TABLE asset_report_class; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.asset_report_class IS '  By default only four types of asset reports are supported.  In the future
others may be added.  Please correspond on the list before adding more types.';


--
-- Name: asset_report_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.asset_report_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.asset_report_id_seq OWNER TO postgres;

--
-- Name: asset_report_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.asset_report_id_seq OWNED BY public.asset_report.id;


--
-- Name: asset_report_line; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.asset_report_line (
    asset_id bigint NOT NULL,
    report_id bigint NOT NULL,
    amount numeric,
    department_id integer,
    warehouse_id integer
);


ALTER TABLE public.asset_report_line OWNER TO postgres;

--
-- Name: COLUMN asset_report_line.department_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.asset_report_line.department_id IS ' In case assets are moved between departments, we have to store this here.';


--
-- Name: asset_rl_to_disposal_method; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.asset_rl_to_disposal_method (
    report_id integer NOT NULL,
    asset_id integer NOT NULL,
    disposal_method_id integer NOT NULL,
    percent_disposed numeric
);


ALTER TABLE public.asset_rl_to_disposal_method OWNER TO postgres;

--
-- Name: TABLE asset_rl_to_disposal_method; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.asset_rl_to_disposal_method IS ' Maps disposal method to line items in the asset disposal report.';


--
-- Name: asset_unit_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.asset_unit_class (
    id integer NOT NULL,
    class text NOT NULL
);


ALTER TABLE public.asset_unit_class OWNER TO postgres;

--
-- Name: audittrail; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.audittrail (
    trans_id integer,
    tablename text,
    reference text,
    formname text,
    action text,
    transdate timestamp without time zone DEFAULT CURRENT_TIMESTAMP,
    person_id integer NOT NULL,
    entry_id bigint NOT NULL
);


ALTER TABLE public.audittrail OWNER TO postgres;

--
-- Name: TABLE audittrail; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.audittrail IS ' This stores information on who entered or updated rows in the ar, ap, or gl
tables.';


--
-- Name: audittrail_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.audittrail_entry_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.audittrail_entry_id_seq OWNER TO postgres;

--
-- Name: audittrail_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.audittrail_entry_id_seq OWNED BY public.audittrail.entry_id;


--
-- Name: batch; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.batch (
    id integer NOT NULL,
    batch_class_id integer NOT NULL,
    control_code text NOT NULL,
    description text,
    default_date date NOT NULL,
    approved_on date,
    approved_by integer,
    created_by integer,
    locked_by integer,
    created_on date DEFAULT now(),
    CONSTRAINT batch_control_code_check CHECK ((length(control_code) > 0))
);


ALTER TABLE public.batch OWNER TO postgres;

--
-- Name: TABLE batch; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.batch IS ' Stores batch header info.  Batches are groups of vouchers that are posted
together.';


--
-- Name: COLUMN batch.batch_class_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.batch.batch_class_id IS ' Note that this field is largely used for sorting the vouchers.  A given batch is NOT restricted to this type.';


--
-- Name: batch_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.batch_class (
    id integer NOT NULL,
    class character varying NOT NULL
);


ALTER TABLE public.batch_class OWNER TO postgres;

--
-- Name: TABLE batch_class; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.batch_class IS ' These values are hard-coded.  Please coordinate before adding standard
values. Values from 900 to 999 are reserved for local use.';


--
-- Name: batch_class_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.batch_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.batch_class_id_seq OWNER TO postgres;

--
-- Name: batch_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.batch_class_id_seq OWNED BY public.batch_class.id;


--
-- Name: batch_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.batch_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.batch_id_seq OWNER TO postgres;

--
-- Name: batch_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.batch_id_seq OWNED BY public.batch.id;


--
-- Name: bu_class_to_module; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.bu_class_to_module (
    bu_class_id integer NOT NULL,
    module_id integer NOT NULL
);


ALTER TABLE public.bu_class_to_module OWNER TO postgres;

--
-- Name: budget_info; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.budget_info (
    id integer NOT NULL,
    start_date date NOT NULL,
    end_date date NOT NULL,
    reference text NOT NULL,
    description text NOT NULL,
    entered_by integer DEFAULT public.person__get_my_entity_id() NOT NULL,
    approved_by integer,
    obsolete_by integer,
    entered_at timestamp without time zone DEFAULT now() NOT NULL,
    approved_at timestamp without time zone,
    obsolete_at timestamp without time zone,
    CONSTRAINT budget_info_check CHECK ((start_date < end_date))
);


ALTER TABLE public.budget_info OWNER TO postgres;

--
-- Name: budget_info_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.budget_info_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.budget_info_id_seq OWNER TO postgres;

--
-- Name: budget_info_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.budget_info_id_seq OWNED BY public.budget_info.id;


--
-- Name: budget_line; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.budget_line (
    budget_id integer NOT NULL,
    account_id integer NOT NULL,
    description text,
    amount numeric NOT NULL
);


ALTER TABLE public.budget_line OWNER TO postgres;

--
-- Name: budget_note; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.budget_note (
    CONSTRAINT budget_note_note_class_check CHECK ((note_class = 6))
)
INHERITS (public.note);


ALTER TABLE public.budget_note OWNER TO postgres;

--
-- Name: budget_to_business_unit; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.budget_to_business_unit (
    budget_id integer NOT NULL,
    bu_id integer NOT NULL,
    bu_class integer NOT NULL
);


ALTER TABLE public.budget_to_business_unit OWNER TO postgres;

--
-- Name: business; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.business (
    id integer NOT NULL,
    description text,
    discount numeric
);


ALTER TABLE public.business OWNER TO postgres;

--
-- Name: TABLE business; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.business IS 'Groups of Customers assigned joint discounts.';


--
-- Name: business_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.business_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.business_id_seq OWNER TO postgres;

--
-- Name: business_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.business_id_seq OWNED BY public.business.id;


--
-- Name: business_unit; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.business_unit (
    id integer NOT NULL,
    class_id integer NOT NULL,
    control_code text,
    description text,
    start_date date,
    end_date date,
    parent_id integer,
    credit_id integer
);


ALTER TABLE public.business_unit OWNER TO postgres;

--
-- Name: TABLE business_unit; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.business_unit IS ' Tracks Projects, Departments, Funds, Etc.';


--
-- Name: business_unit_ac; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.business_unit_ac (
    entry_id integer NOT NULL,
    class_id integer NOT NULL,
    bu_id integer NOT NULL
);


ALTER TABLE public.business_unit_ac OWNER TO postgres;

--
-- Name: business_unit_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.business_unit_class (
    id integer NOT NULL,
    label text NOT NULL,
    active boolean DEFAULT false NOT NULL,
    ordering integer
);


ALTER TABLE public.business_unit_class OWNER TO postgres;

--
-- Name: TABLE business_unit_class; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.business_unit_class IS ' Consolidates projects and departments, and allows this to be extended for
funds accounting and other purposes.';


--
-- Name: business_unit_class_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.business_unit_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.business_unit_class_id_seq OWNER TO postgres;

--
-- Name: business_unit_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.business_unit_class_id_seq OWNED BY public.business_unit_class.id;


--
-- Name: business_unit_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.business_unit_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.business_unit_id_seq OWNER TO postgres;

--
-- Name: business_unit_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.business_unit_id_seq OWNED BY public.business_unit.id;


--
-- Name: business_unit_inv; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.business_unit_inv (
    entry_id integer NOT NULL,
    class_id integer NOT NULL,
    bu_id integer NOT NULL
);


ALTER TABLE public.business_unit_inv OWNER TO postgres;

--
-- Name: business_unit_jl; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.business_unit_jl (
    entry_id integer NOT NULL,
    bu_class integer NOT NULL,
    bu_id integer NOT NULL
);


ALTER TABLE public.business_unit_jl OWNER TO postgres;

--
-- Name: business_unit_oitem; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.business_unit_oitem (
    entry_id integer NOT NULL,
    class_id integer NOT NULL,
    bu_id integer NOT NULL
);


ALTER TABLE public.business_unit_oitem OWNER TO postgres;

--
-- Name: business_unit_translation; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.business_unit_translation (
)
INHERITS (public.translation);


ALTER TABLE public.business_unit_translation OWNER TO postgres;

--
-- Name: TABLE business_unit_translation; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.business_unit_translation IS ' Translation information for projects, departments, etc.';


--
-- Name: gl; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gl (
    id integer DEFAULT nextval('public.id'::regclass) NOT NULL,
    reference text,
    description text,
    transdate date DEFAULT CURRENT_DATE,
    person_id integer,
    notes text,
    approved boolean DEFAULT true
);


ALTER TABLE public.gl OWNER TO postgres;

--
-- Name: TABLE gl; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.gl IS ' This table holds summary information for entries in the general journal.
Does not hold summary information in 1.3 for AR or AP entries.';


--
-- Name: COLUMN gl.person_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.gl.person_id IS ' the person_id of the employee who created
the entry.';


--
-- Name: cash_impact; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.cash_impact AS
 SELECT gl.id,
    '1'::numeric AS portion,
    'gl'::text AS rel,
    gl.transdate
   FROM public.gl
UNION ALL
 SELECT gl.id,
        CASE
            WHEN (gl.amount = (0)::numeric) THEN (0)::numeric
            WHEN (gl.transdate = ac.transdate) THEN ((1)::numeric + (sum(ac.amount) / gl.amount))
            ELSE ((1)::numeric - ((gl.amount - sum(ac.amount)) / gl.amount))
        END AS portion,
    'ar'::text AS rel,
    ac.transdate
   FROM ((public.ar gl
     JOIN public.acc_trans ac ON ((ac.trans_id = gl.id)))
     JOIN public.account_link al ON (((ac.chart_id = al.account_id) AND (al.description = 'AR'::text))))
  GROUP BY gl.id, gl.amount, ac.transdate, gl.transdate
UNION ALL
 SELECT gl.id,
        CASE
            WHEN (gl.amount = (0)::numeric) THEN (0)::numeric
            WHEN (gl.transdate = ac.transdate) THEN ((1)::numeric - (sum(ac.amount) / gl.amount))
            ELSE ((1)::numeric - ((gl.amount + sum(ac.amount)) / gl.amount))
        END AS portion,
    'ap'::text AS rel,
    ac.transdate
   FROM ((public.ap gl
     JOIN public.acc_trans ac ON ((ac.trans_id = gl.id)))
     JOIN public.account_link al ON (((ac.chart_id = al.account_id) AND (al.description = 'AP'::text))))
  GROUP BY gl.id, gl.amount, ac.transdate, gl.transdate;


ALTER TABLE public.cash_impact OWNER TO postgres;

--
-- Name: VIEW cash_impact; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON VIEW public.cash_impact IS ' This view is used by cash basis reports to determine the fraction of a
transaction to be counted.';


--
-- Name: user_preference; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.user_preference (
    id integer NOT NULL,
    language character varying(6),
    stylesheet text DEFAULT 'ledgersmb.css'::text NOT NULL,
    printer text,
    dateformat text DEFAULT 'yyyy-mm-dd'::text NOT NULL,
    numberformat text DEFAULT '1000.00'::text NOT NULL
);


ALTER TABLE public.user_preference OWNER TO postgres;

--
-- Name: TABLE user_preference; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.user_preference IS ' This table sets the basic preferences for formats, languages, printers, and user-selected stylesheets.';


--
-- Name: users; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.users (
    id integer NOT NULL,
    username character varying(30) NOT NULL,
    notify_password interval DEFAULT '7 days'::interval NOT NULL,
    entity_id integer NOT NULL
);


ALTER TABLE public.users OWNER TO postgres;

--
-- Name: TABLE users; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.users IS ' This table maps lsmb entities to postgresql roles, which are used to
authenticate lsmb users. The username field maps to the postgresql role name
and is therefore subject to its limitations.

A role name is considered an Identifier and as such must begin with
a letter or an underscore and is limited by default to 63 bytes (could be
fewer characters if unicode) as documented here:
https://www.postgresql.org/docs/current/static/sql-syntax-lexical.html#SQL-SYNTAX-IDENTIFIERS

Lsmb restricts the length of username, but this is an arbitrary restriction
beyond the postgresql role name limitations already described.
';


--
-- Name: chart; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.chart AS
 SELECT ah.id,
    ah.accno,
    COALESCE(ht.description, ah.description) AS description,
    'H'::text AS charttype,
    NULL::bpchar AS category,
    NULL::text AS link,
    ah.parent_id AS account_heading,
    NULL::text AS gifi_accno,
    false AS contra,
    false AS tax
   FROM (public.account_heading ah
     LEFT JOIN ( SELECT ht_1.trans_id,
            ht_1.description
           FROM ((public.account_heading_translation ht_1
             JOIN public.user_preference up ON (((up.language)::text = (ht_1.language_code)::text)))
             JOIN public.users ON ((up.id = users.id)))
          WHERE ((users.username)::text = SESSION_USER)) ht ON ((ah.id = ht.trans_id)))
UNION
 SELECT c.id,
    c.accno,
    COALESCE(at.description, c.description) AS description,
    'A'::text AS charttype,
    c.category,
    public.concat_colon(l.description) AS link,
    c.heading AS account_heading,
    c.gifi_accno,
    c.contra,
    c.tax
   FROM ((public.account c
     LEFT JOIN public.account_link l ON ((c.id = l.account_id)))
     LEFT JOIN ( SELECT at_1.trans_id,
            at_1.description
           FROM ((public.account_translation at_1
             JOIN public.user_preference up ON (((up.language)::text = (at_1.language_code)::text)))
             JOIN public.users ON ((up.id = users.id)))
          WHERE ((users.username)::text = SESSION_USER)) at ON ((c.id = at.trans_id)))
  GROUP BY c.id, c.accno, COALESCE(at.description, c.description), c.category, c.heading, c.gifi_accno, c.contra, c.tax;


ALTER TABLE public.chart OWNER TO postgres;

--
-- Name: VIEW chart; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON VIEW public.chart IS 'Compatibility chart for 1.2 and earlier.';


--
-- Name: company; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.company (
    id integer NOT NULL,
    entity_id integer NOT NULL,
    legal_name text NOT NULL,
    tax_id text,
    sales_tax_id text,
    license_number text,
    sic_code character varying,
    created date DEFAULT CURRENT_DATE NOT NULL,
    CONSTRAINT company_legal_name_check CHECK ((legal_name ~ '[[:alnum:]_]'::text))
);


ALTER TABLE public.company OWNER TO postgres;

--
-- Name: COLUMN company.tax_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.company.tax_id IS ' In the US this would be a EIN. ';


--
-- Name: company_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.company_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.company_id_seq OWNER TO postgres;

--
-- Name: company_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.company_id_seq OWNED BY public.company.id;


--
-- Name: contact_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.contact_class (
    id integer NOT NULL,
    class text NOT NULL,
    CONSTRAINT contact_class_class_check CHECK ((class ~ '[[:alnum:]_]'::text))
);


ALTER TABLE public.contact_class OWNER TO postgres;

--
-- Name: TABLE contact_class; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.contact_class IS ' Stores type of contact information attached to companies and persons.
Please coordinate with others before adding new types.';


--
-- Name: contact_class_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.contact_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.contact_class_id_seq OWNER TO postgres;

--
-- Name: contact_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.contact_class_id_seq OWNED BY public.contact_class.id;


--
-- Name: country; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.country (
    id integer NOT NULL,
    name text NOT NULL,
    short_name text NOT NULL,
    itu text,
    CONSTRAINT country_name_check CHECK ((name ~ '[[:alnum:]_]'::text)),
    CONSTRAINT country_short_name_check CHECK ((short_name ~ '[[:alnum:]_]'::text))
);


ALTER TABLE public.country OWNER TO postgres;

--
-- Name: COLUMN country.itu; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.country.itu IS ' The ITU Telecommunication Standardization Sector code for calling internationally. For example, the US is 1, Great Britain is 44 ';


--
-- Name: country_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.country_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.country_id_seq OWNER TO postgres;

--
-- Name: country_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.country_id_seq OWNED BY public.country.id;


--
-- Name: country_tax_form; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.country_tax_form (
    country_id integer NOT NULL,
    form_name text NOT NULL,
    id integer NOT NULL,
    default_reportable boolean DEFAULT false NOT NULL,
    is_accrual boolean DEFAULT false NOT NULL
);


ALTER TABLE public.country_tax_form OWNER TO postgres;

--
-- Name: TABLE country_tax_form; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.country_tax_form IS ' This table was designed for holding information relating to reportable
sales or purchases, such as IRS 1099 forms and international equivalents.';


--
-- Name: country_tax_form_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.country_tax_form_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.country_tax_form_id_seq OWNER TO postgres;

--
-- Name: country_tax_form_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.country_tax_form_id_seq OWNED BY public.country_tax_form.id;


--
-- Name: cr_coa_to_account; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.cr_coa_to_account (
    chart_id integer NOT NULL,
    account text NOT NULL
);


ALTER TABLE public.cr_coa_to_account OWNER TO postgres;

--
-- Name: TABLE cr_coa_to_account; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.cr_coa_to_account IS ' Provides name mapping for the cash reconciliation screen.';


--
-- Name: cr_report; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.cr_report (
    id bigint NOT NULL,
    chart_id integer NOT NULL,
    their_total numeric NOT NULL,
    approved boolean DEFAULT false NOT NULL,
    submitted boolean DEFAULT false NOT NULL,
    end_date date DEFAULT now() NOT NULL,
    updated timestamp without time zone DEFAULT now() NOT NULL,
    entered_by integer DEFAULT public.person__get_my_entity_id() NOT NULL,
    entered_username text DEFAULT SESSION_USER NOT NULL,
    deleted boolean DEFAULT false NOT NULL,
    deleted_by integer,
    approved_by integer,
    approved_username text,
    recon_fx boolean DEFAULT false,
    max_ac_id integer,
    CONSTRAINT cr_report_check CHECK (((deleted IS NOT TRUE) OR (approved IS NOT TRUE)))
);


ALTER TABLE public.cr_report OWNER TO postgres;

--
-- Name: TABLE cr_report; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.cr_report IS 'This table holds header data for cash reports.';


--
-- Name: cr_report_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.cr_report_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.cr_report_id_seq OWNER TO postgres;

--
-- Name: cr_report_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.cr_report_id_seq OWNED BY public.cr_report.id;


--
-- Name: cr_report_line; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.cr_report_line (
    id bigint NOT NULL,
    report_id integer NOT NULL,
    scn text,
    their_balance numeric,
    our_balance numeric,
    errorcode integer,
    "user" integer NOT NULL,
    clear_time date,
    insert_time timestamp with time zone DEFAULT now() NOT NULL,
    trans_type text,
    post_date date,
    ledger_id integer,
    voucher_id integer,
    overlook boolean DEFAULT false NOT NULL,
    cleared boolean DEFAULT false NOT NULL
);


ALTER TABLE public.cr_report_line OWNER TO postgres;

--
-- Name: TABLE cr_report_line; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.cr_report_line IS ' This stores line item data on transaction lines and whether they are
cleared.';


--
-- Name: COLUMN cr_report_line.scn; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.cr_report_line.scn IS ' This is the check number.  Maps to gl.reference ';


--
-- Name: cr_report_line_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.cr_report_line_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.cr_report_line_id_seq OWNER TO postgres;

--
-- Name: cr_report_line_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.cr_report_line_id_seq OWNED BY public.cr_report_line.id;


--
-- Name: custom_field_catalog; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.custom_field_catalog (
    field_id integer NOT NULL,
    table_id integer,
    field_name text
);


ALTER TABLE public.custom_field_catalog OWNER TO postgres;

--
-- Name: TABLE custom_field_catalog; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.custom_field_catalog IS ' Deprecated, all use removed from old code.';


--
-- Name: custom_field_catalog_field_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.custom_field_catalog_field_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.custom_field_catalog_field_id_seq OWNER TO postgres;

--
-- Name: custom_field_catalog_field_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.custom_field_catalog_field_id_seq OWNED BY public.custom_field_catalog.field_id;


--
-- Name: custom_table_catalog; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.custom_table_catalog (
    table_id integer NOT NULL,
    extends text,
    table_name text
);


ALTER TABLE public.custom_table_catalog OWNER TO postgres;

--
-- Name: TABLE custom_table_catalog; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.custom_table_catalog IS ' Deprecated, all use removed from old code.';


--
-- Name: custom_table_catalog_table_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.custom_table_catalog_table_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.custom_table_catalog_table_id_seq OWNER TO postgres;

--
-- Name: custom_table_catalog_table_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.custom_table_catalog_table_id_seq OWNED BY public.custom_table_catalog.table_id;


--
-- Name: defaults; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.defaults (
    setting_key text NOT NULL,
    value text
);


ALTER TABLE public.defaults OWNER TO postgres;

--
-- Name: TABLE defaults; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.defaults IS '  This is a free-form table for managing application settings per company
database.  We use key-value modelling here because this most accurately maps
the actual semantics of the data.
';


--
-- Name: eca_invoice; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.eca_invoice (
    order_id integer,
    journal_id integer NOT NULL,
    on_hold boolean DEFAULT false,
    reverse boolean DEFAULT false,
    credit_id integer NOT NULL,
    due date NOT NULL,
    language_code character(6),
    force_closed boolean DEFAULT false NOT NULL,
    order_number text
);


ALTER TABLE public.eca_invoice OWNER TO postgres;

--
-- Name: TABLE eca_invoice; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.eca_invoice IS ' Replaces the rest of the ar and ap tables.
Also tracks payments and receipts. ';


--
-- Name: COLUMN eca_invoice.order_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eca_invoice.order_id IS ' Link to order it was created from';


--
-- Name: COLUMN eca_invoice.on_hold; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eca_invoice.on_hold IS ' On hold invoices can not be paid, and overpayments that are on hold cannot
be used to pay invoices.';


--
-- Name: COLUMN eca_invoice.reverse; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eca_invoice.reverse IS ' When this is set to true, the invoice is shown with opposite normal numbers,
i.e. negatives appear as positives, and positives appear as negatives.';


--
-- Name: COLUMN eca_invoice.force_closed; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eca_invoice.force_closed IS ' When this is set to true, the invoice does not show up on outstanding reports
and cannot be paid.  Overpayments where this is set to true do not appear on
outstanding reports and cannot be paid.';


--
-- Name: COLUMN eca_invoice.order_number; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eca_invoice.order_number IS ' This is the order number of the other party.  So for a sales invoice, this
would be a purchase order, and for a vendor invoice, this would be a sales
order.';


--
-- Name: eca_note; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.eca_note (
    CONSTRAINT eca_note_note_class_check CHECK ((note_class = 3))
)
INHERITS (public.note);


ALTER TABLE public.eca_note OWNER TO postgres;

--
-- Name: TABLE eca_note; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.eca_note IS ' Notes for entity_credit_account entries.';


--
-- Name: COLUMN eca_note.ref_key; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.eca_note.ref_key IS ' references entity_credit_account.id';


--
-- Name: eca_tax; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.eca_tax (
    eca_id integer NOT NULL,
    chart_id integer NOT NULL
);


ALTER TABLE public.eca_tax OWNER TO postgres;

--
-- Name: TABLE eca_tax; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.eca_tax IS ' Mapping customers and vendors to taxes.';


--
-- Name: eca_to_contact; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.eca_to_contact (
    credit_id integer NOT NULL,
    contact_class_id integer NOT NULL,
    contact text NOT NULL,
    description text,
    CONSTRAINT eca_to_contact_contact_check CHECK ((contact ~ '[[:alnum:]_]'::text))
);


ALTER TABLE public.eca_to_contact OWNER TO postgres;

--
-- Name: TABLE eca_to_contact; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.eca_to_contact IS ' To keep track of the relationship between multiple contact methods and a single vendor or customer account. For generic
contacts, use entity_to_contact instead.';


--
-- Name: eca_to_location; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.eca_to_location (
    location_id integer NOT NULL,
    location_class integer NOT NULL,
    credit_id integer NOT NULL
);


ALTER TABLE public.eca_to_location OWNER TO postgres;

--
-- Name: TABLE eca_to_location; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.eca_to_location IS ' This table is used for locations bound to contracts.  For generic contact
addresses, use entity_to_location instead ';


--
-- Name: employee_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.employee_class (
    label text NOT NULL,
    id integer NOT NULL
);


ALTER TABLE public.employee_class OWNER TO postgres;

--
-- Name: employee_class_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.employee_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.employee_class_id_seq OWNER TO postgres;

--
-- Name: employee_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.employee_class_id_seq OWNED BY public.employee_class.id;


--
-- Name: employee_to_ec; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.employee_to_ec (
    employee_id integer NOT NULL,
    ec_id integer
);


ALTER TABLE public.employee_to_ec OWNER TO postgres;

--
-- Name: entity; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity (
    id integer NOT NULL,
    name text,
    entity_class integer NOT NULL,
    created date DEFAULT CURRENT_DATE NOT NULL,
    control_code text NOT NULL,
    country_id integer NOT NULL,
    CONSTRAINT entity_name_check CHECK ((name ~ '[[:alnum:]_]'::text))
);


ALTER TABLE public.entity OWNER TO postgres;

--
-- Name: TABLE entity; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.entity IS ' The primary entity table to map to all contacts ';


--
-- Name: COLUMN entity.name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.entity.name IS ' This is the common name of an entity. If it was a person it may be Joshua Drake, a company Acme Corp. You may also choose to use a domain such as commandprompt.com ';


--
-- Name: entity_bank_account; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity_bank_account (
    id integer NOT NULL,
    entity_id integer NOT NULL,
    bic character varying NOT NULL,
    iban character varying NOT NULL,
    remark character varying
);


ALTER TABLE public.entity_bank_account OWNER TO postgres;

--
-- Name: TABLE entity_bank_account; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.entity_bank_account IS 'This stores bank account information for both companies and persons.';


--
-- Name: COLUMN entity_bank_account.bic; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.entity_bank_account.bic IS ' Banking Institution Code, such as routing number of SWIFT code.';


--
-- Name: COLUMN entity_bank_account.iban; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.entity_bank_account.iban IS ' International Bank Account Number.  used to store the actual account number
for the banking institution.';


--
-- Name: COLUMN entity_bank_account.remark; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.entity_bank_account.remark IS ' This field contains the notes for an account, like: This is USD account, this one is HUF account, this one is the default account, this account for paying specific taxes. If a $
';


--
-- Name: entity_bank_account_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.entity_bank_account_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.entity_bank_account_id_seq OWNER TO postgres;

--
-- Name: entity_bank_account_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.entity_bank_account_id_seq OWNED BY public.entity_bank_account.id;


--
-- Name: entity_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity_class (
    id integer NOT NULL,
    class text NOT NULL,
    active boolean DEFAULT true NOT NULL,
    CONSTRAINT entity_class_class_check CHECK ((class ~ '[[:alnum:]_]'::text))
);


ALTER TABLE public.entity_class OWNER TO postgres;

--
-- Name: TABLE entity_class; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.entity_class IS ' Defines the class type such as vendor, customer, contact, employee ';


--
-- Name: COLUMN entity_class.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.entity_class.id IS ' The first 7 values are reserved and
permanent.  Individuals who create new classes, however, should coordinate
with others for ranges to use.';


--
-- Name: entity_class_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.entity_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.entity_class_id_seq OWNER TO postgres;

--
-- Name: entity_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.entity_class_id_seq OWNED BY public.entity_class.id;


--
-- Name: entity_credit_account; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity_credit_account (
    id integer NOT NULL,
    entity_id integer NOT NULL,
    entity_class integer NOT NULL,
    pay_to_name text,
    discount numeric,
    description text,
    discount_terms integer DEFAULT 0,
    discount_account_id integer,
    taxincluded boolean DEFAULT false,
    creditlimit numeric DEFAULT 0,
    terms smallint DEFAULT 0,
    meta_number character varying(32) NOT NULL,
    business_id integer,
    language_code character varying(6) DEFAULT 'en'::character varying,
    pricegroup_id integer,
    curr character(3),
    startdate date DEFAULT CURRENT_DATE,
    enddate date,
    threshold numeric DEFAULT 0,
    employee_id integer,
    primary_contact integer,
    ar_ap_account_id integer,
    cash_account_id integer,
    bank_account integer,
    taxform_id integer,
    CONSTRAINT entity_credit_account_check CHECK (((ar_ap_account_id IS NOT NULL) OR (entity_id = 0))),
    CONSTRAINT entity_credit_account_entity_class_check CHECK ((entity_class = ANY (ARRAY[1, 2])))
);


ALTER TABLE public.entity_credit_account OWNER TO postgres;

--
-- Name: TABLE entity_credit_account; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.entity_credit_account IS 'This table stores information relating to general relationships regarding
moneys owed on invoice.  Invoices, whether AR or AP, must be attached to
a record in this table.';


--
-- Name: COLUMN entity_credit_account.meta_number; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.entity_credit_account.meta_number IS ' This stores the human readable control code for the customer/vendor record.
This is typically called the customer/vendor "account" in the application.';


--
-- Name: entity_credit_account_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.entity_credit_account_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.entity_credit_account_id_seq OWNER TO postgres;

--
-- Name: entity_credit_account_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.entity_credit_account_id_seq OWNED BY public.entity_credit_account.id;


--
-- Name: entity_employee; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity_employee (
    entity_id integer NOT NULL,
    startdate date DEFAULT CURRENT_DATE NOT NULL,
    enddate date,
    role character varying(20),
    ssn text,
    sales boolean DEFAULT false,
    manager_id integer,
    employeenumber character varying(32),
    dob date,
    is_manager boolean DEFAULT false
);


ALTER TABLE public.entity_employee OWNER TO postgres;

--
-- Name: TABLE entity_employee; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.entity_employee IS ' This contains employee-specific extensions to person/entity. ';


--
-- Name: entity_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.entity_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.entity_id_seq OWNER TO postgres;

--
-- Name: entity_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.entity_id_seq OWNED BY public.entity.id;


--
-- Name: entity_note; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity_note (
    entity_id integer,
    CONSTRAINT entity_note_note_class_check CHECK ((note_class = 1))
)
INHERITS (public.note);


ALTER TABLE public.entity_note OWNER TO postgres;

--
-- Name: entity_other_name; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity_other_name (
    entity_id integer NOT NULL,
    other_name text NOT NULL,
    CONSTRAINT entity_other_name_other_name_check CHECK ((other_name ~ '[[:alnum:]_]'::text))
);


ALTER TABLE public.entity_other_name OWNER TO postgres;

--
-- Name: TABLE entity_other_name; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.entity_other_name IS ' Similar to company_other_name, a person
may be jd, Joshua Drake, linuxpoet... all are the same person.  Currently
unused in the front-end but will likely be added in future versions.';


--
-- Name: entity_to_contact; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity_to_contact (
    entity_id integer NOT NULL,
    contact_class_id integer NOT NULL,
    contact text NOT NULL,
    description text,
    CONSTRAINT entity_to_contact_contact_check CHECK ((contact ~ '[[:alnum:]_]'::text))
);


ALTER TABLE public.entity_to_contact OWNER TO postgres;

--
-- Name: TABLE entity_to_contact; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.entity_to_contact IS ' This table stores contact information for entities';


--
-- Name: entity_to_location; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.entity_to_location (
    location_id integer NOT NULL,
    location_class integer NOT NULL,
    entity_id integer NOT NULL
);


ALTER TABLE public.entity_to_location OWNER TO postgres;

--
-- Name: TABLE entity_to_location; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.entity_to_location IS ' This table is used for locations generic to companies.  For contract-bound
addresses, use eca_to_location instead ';


--
-- Name: exchangerate; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.exchangerate (
    curr character(3) NOT NULL,
    transdate date NOT NULL,
    buy numeric,
    sell numeric
);


ALTER TABLE public.exchangerate OWNER TO postgres;

--
-- Name: TABLE exchangerate; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.exchangerate IS ' When you receive money in a foreign currency, it is worth to you in your local currency
whatever you can get for it when you sell the acquired currency (sell rate).
When you have to pay someone in a foreign currency, the equivalent amount is the amount
you have to spend to acquire the foreign currency (buy rate).';


--
-- Name: file_base; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_base (
    content bytea NOT NULL,
    mime_type_id integer NOT NULL,
    file_name text NOT NULL,
    description text,
    uploaded_by integer NOT NULL,
    uploaded_at timestamp without time zone DEFAULT now() NOT NULL,
    id integer NOT NULL,
    ref_key integer NOT NULL,
    file_class integer NOT NULL
);


ALTER TABLE public.file_base OWNER TO postgres;

--
-- Name: TABLE file_base; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.file_base IS 'Abstract table, holds no records.  Inheriting table store actual file
attachment data. Can be queried however to retrieve lists of all files. ';


--
-- Name: COLUMN file_base.ref_key; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.file_base.ref_key IS 'This column inheriting tables is used to reference the database row for the
attachment.  Inheriting tables MUST set the foreign key here appropriately.

This can also be used to create classifications of other documents, such as by
source of automatic import (where the file is not yet attached) or
even standard,
long-lived documents.';


--
-- Name: file_base_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.file_base_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.file_base_id_seq OWNER TO postgres;

--
-- Name: file_base_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.file_base_id_seq OWNED BY public.file_base.id;


--
-- Name: file_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_class (
    id integer NOT NULL,
    class text NOT NULL
);


ALTER TABLE public.file_class OWNER TO postgres;

--
-- Name: TABLE file_class; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.file_class IS ' File classes are collections of files attached against rows in specific
tables in the database.  They can be used in the future to implement other form
of file attachment. ';


--
-- Name: file_class_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.file_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.file_class_id_seq OWNER TO postgres;

--
-- Name: file_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.file_class_id_seq OWNED BY public.file_class.id;


--
-- Name: file_eca; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_eca (
    CONSTRAINT file_eca_file_class_check CHECK ((file_class = 5))
)
INHERITS (public.file_base);


ALTER TABLE public.file_eca OWNER TO postgres;

--
-- Name: TABLE file_eca; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.file_eca IS ' File attachments primarily attached to customer and vendor agreements.';


--
-- Name: file_entity; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_entity (
    CONSTRAINT file_entity_file_class_check CHECK ((file_class = 4))
)
INHERITS (public.file_base);


ALTER TABLE public.file_entity OWNER TO postgres;

--
-- Name: TABLE file_entity; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.file_entity IS ' File attachments primarily attached to entities.';


--
-- Name: file_incoming; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_incoming (
    CONSTRAINT file_incoming_file_class_check CHECK ((file_class = 7)),
    CONSTRAINT file_incoming_ref_key_check CHECK ((ref_key = 0))
)
INHERITS (public.file_base);


ALTER TABLE public.file_incoming OWNER TO postgres;

--
-- Name: TABLE file_incoming; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.file_incoming IS ' This is essentially a spool for files to be reviewed and attached.  It is
important that the names are somehow guaranteed to be unique, so one may want to prepend them with an email equivalent or the like.';


--
-- Name: COLUMN file_incoming.ref_key; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.file_incoming.ref_key IS ' Always must be 0, and we have no primary key since these files all
are for interal incoming use, not categorized.';


--
-- Name: file_internal; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_internal (
    CONSTRAINT file_internal_file_class_check CHECK ((file_class = 6)),
    CONSTRAINT file_internal_ref_key_check CHECK ((ref_key = 0))
)
INHERITS (public.file_base);


ALTER TABLE public.file_internal OWNER TO postgres;

--
-- Name: TABLE file_internal; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.file_internal IS ' This is for internal files used operationally by LedgerSMB.  For example,
company logos would be here.';


--
-- Name: COLUMN file_internal.ref_key; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.file_internal.ref_key IS ' Always must be 0, and we have no primary key since these files all
are for internal use and against the company, not categorized.';


--
-- Name: file_order; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_order (
    CONSTRAINT file_order_file_class_check CHECK ((file_class = 2))
)
INHERITS (public.file_base);


ALTER TABLE public.file_order OWNER TO postgres;

--
-- Name: TABLE file_order; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.file_order IS ' File attachments primarily attached to orders and quotations.';


--
-- Name: file_secondary_attachment; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_secondary_attachment (
    file_id integer NOT NULL,
    source_class integer NOT NULL,
    ref_key integer NOT NULL,
    dest_class integer NOT NULL,
    attached_by integer NOT NULL,
    attached_at timestamp without time zone DEFAULT now() NOT NULL
);


ALTER TABLE public.file_secondary_attachment OWNER TO postgres;

--
-- Name: TABLE file_secondary_attachment; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.file_secondary_attachment IS 'Another abstract table.  This one will use rewrite rules to make inserts safe
because of the difficulty in managing inserts otherwise. Inheriting tables
provide secondary links between the file and other database objects.

Due to the nature of database inheritance and unique constraints
in PostgreSQL, this must be partitioned in a star format.';


--
-- Name: file_order_to_order; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_order_to_order (
    CONSTRAINT file_order_to_order_dest_class_check CHECK ((dest_class = 2)),
    CONSTRAINT file_order_to_order_source_class_check CHECK ((source_class = 2))
)
INHERITS (public.file_secondary_attachment);


ALTER TABLE public.file_order_to_order OWNER TO postgres;

--
-- Name: TABLE file_order_to_order; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.file_order_to_order IS ' Secondary links from one order to another, for example to support order
consolidation.';


--
-- Name: file_order_to_tx; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_order_to_tx (
    CONSTRAINT file_order_to_tx_dest_class_check CHECK ((dest_class = 1)),
    CONSTRAINT file_order_to_tx_source_class_check CHECK ((source_class = 2))
)
INHERITS (public.file_secondary_attachment);


ALTER TABLE public.file_order_to_tx OWNER TO postgres;

--
-- Name: TABLE file_order_to_tx; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.file_order_to_tx IS ' Secondary links from orders to transactions, for example to track files when
invoices are generated from orders.';


--
-- Name: file_part; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_part (
    CONSTRAINT file_part_file_class_check CHECK ((file_class = 3))
)
INHERITS (public.file_base);


ALTER TABLE public.file_part OWNER TO postgres;

--
-- Name: TABLE file_part; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.file_part IS ' File attachments primarily attached to goods and services.';


--
-- Name: file_transaction; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_transaction (
    CONSTRAINT file_transaction_file_class_check CHECK ((file_class = 1))
)
INHERITS (public.file_base);


ALTER TABLE public.file_transaction OWNER TO postgres;

--
-- Name: TABLE file_transaction; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.file_transaction IS ' File attachments primarily attached to AR/AP/GL.';


--
-- Name: file_tx_to_order; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_tx_to_order (
    CONSTRAINT file_tx_to_order_dest_class_check CHECK ((dest_class = 2)),
    CONSTRAINT file_tx_to_order_source_class_check CHECK ((source_class = 1))
)
INHERITS (public.file_secondary_attachment);


ALTER TABLE public.file_tx_to_order OWNER TO postgres;

--
-- Name: TABLE file_tx_to_order; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.file_tx_to_order IS ' Secondary links from journal entries to orders.';


--
-- Name: file_view_catalog; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.file_view_catalog (
    file_class integer NOT NULL,
    view_name text NOT NULL
);


ALTER TABLE public.file_view_catalog OWNER TO postgres;

--
-- Name: fixes; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.fixes (
    checksum text NOT NULL,
    path text NOT NULL,
    stdout text,
    stderr text,
    applied_at timestamp without time zone DEFAULT now()
);


ALTER TABLE public.fixes OWNER TO postgres;

--
-- Name: gifi; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.gifi (
    accno text NOT NULL,
    description text
);


ALTER TABLE public.gifi OWNER TO postgres;

--
-- Name: TABLE gifi; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.gifi IS ' GIFI labels for accounts, used in Canada and some EU countries for tax
reporting';


--
-- Name: inventory_report; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.inventory_report (
    id integer NOT NULL,
    transdate date NOT NULL,
    source text,
    ar_trans_id integer,
    ap_trans_id integer
);


ALTER TABLE public.inventory_report OWNER TO postgres;

--
-- Name: inventory_report_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.inventory_report_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.inventory_report_id_seq OWNER TO postgres;

--
-- Name: inventory_report_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.inventory_report_id_seq OWNED BY public.inventory_report.id;


--
-- Name: inventory_report_line; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.inventory_report_line (
    adjust_id integer NOT NULL,
    parts_id integer NOT NULL,
    counted numeric,
    expected numeric,
    variance numeric
);


ALTER TABLE public.inventory_report_line OWNER TO postgres;

--
-- Name: invoice; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.invoice (
    id integer NOT NULL,
    trans_id integer,
    parts_id integer,
    description text,
    qty numeric,
    allocated numeric,
    sellprice numeric,
    "precision" integer,
    fxsellprice numeric,
    discount numeric,
    assemblyitem boolean DEFAULT false,
    unit character varying,
    deliverydate date,
    serialnumber text,
    vendor_sku text,
    notes text,
    CONSTRAINT invoice_allocation_constraint CHECK ((((allocated * ('-1'::integer)::numeric) >= LEAST((0)::numeric, qty)) AND ((allocated * ('-1'::integer)::numeric) <= GREATEST(qty, (0)::numeric))))
);


ALTER TABLE public.invoice OWNER TO postgres;

--
-- Name: TABLE invoice; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.invoice IS 'Line items of invoices with goods/services attached.';


--
-- Name: COLUMN invoice.qty; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.invoice.qty IS 'Positive is normal for sales invoices, negative for vendor invoices.';


--
-- Name: COLUMN invoice.allocated; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.invoice.allocated IS 'Number of allocated items, negative relative to qty.
When qty + allocated = 0, then the item is fully used for purposes of COGS
calculations.';


--
-- Name: invoice_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.invoice_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.invoice_id_seq OWNER TO postgres;

--
-- Name: invoice_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.invoice_id_seq OWNED BY public.invoice.id;


--
-- Name: invoice_note; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.invoice_note (
)
INHERITS (public.note);


ALTER TABLE public.invoice_note OWNER TO postgres;

--
-- Name: invoice_tax_form; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.invoice_tax_form (
    invoice_id integer NOT NULL,
    reportable boolean
);


ALTER TABLE public.invoice_tax_form OWNER TO postgres;

--
-- Name: TABLE invoice_tax_form; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.invoice_tax_form IS ' Maping invoice to country_tax_form.';


--
-- Name: jcitems; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.jcitems (
    id integer NOT NULL,
    business_unit_id integer,
    parts_id integer,
    description text,
    qty numeric,
    allocated numeric,
    sellprice numeric,
    fxsellprice numeric,
    serialnumber text,
    checkedin timestamp with time zone,
    checkedout timestamp with time zone,
    person_id integer NOT NULL,
    notes text,
    total numeric NOT NULL,
    non_billable numeric DEFAULT 0 NOT NULL,
    jctype integer NOT NULL,
    curr character(3) NOT NULL
);


ALTER TABLE public.jcitems OWNER TO postgres;

--
-- Name: TABLE jcitems; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.jcitems IS ' Time and materials cards.
Materials cards not implemented.';


--
-- Name: jcitems_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.jcitems_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.jcitems_id_seq OWNER TO postgres;

--
-- Name: jcitems_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.jcitems_id_seq OWNED BY public.jcitems.id;


--
-- Name: jctype; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.jctype (
    id integer NOT NULL,
    label text NOT NULL,
    description text NOT NULL,
    is_service boolean DEFAULT true,
    is_timecard boolean DEFAULT true
);


ALTER TABLE public.jctype OWNER TO postgres;

--
-- Name: job; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.job (
    bu_id integer NOT NULL,
    parts_id integer,
    production numeric DEFAULT 0,
    completed numeric DEFAULT 0
);


ALTER TABLE public.job OWNER TO postgres;

--
-- Name: COLUMN job.parts_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.job.parts_id IS ' Job costing/manufacturing here not implemented.';


--
-- Name: journal_entry; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.journal_entry (
    id integer NOT NULL,
    reference text NOT NULL,
    description text,
    locked_by integer,
    journal integer,
    post_date date DEFAULT now() NOT NULL,
    effective_start date NOT NULL,
    effective_end date NOT NULL,
    currency character(3) NOT NULL,
    approved boolean DEFAULT false,
    is_template boolean DEFAULT false,
    entered_by integer NOT NULL,
    approved_by integer,
    CONSTRAINT journal_entry_check CHECK (((is_template IS FALSE) OR (approved IS FALSE)))
);


ALTER TABLE public.journal_entry OWNER TO postgres;

--
-- Name: TABLE journal_entry; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.journal_entry IS '
This tale records the header information for each transaction.  It replaces
parts of the following tables:  acc_trans, ar, ap, gl, transactions.

Note now all ar/ap transactions are also journal entries.';


--
-- Name: COLUMN journal_entry.reference; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.journal_entry.reference IS ' Invoice number or journal entry number.';


--
-- Name: COLUMN journal_entry.effective_start; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.journal_entry.effective_start IS ' For transactions whose effects are spread out over a period of time, this is
the effective start date for the transaction.  To be used by add-ons for
automating adjustments.';


--
-- Name: COLUMN journal_entry.effective_end; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.journal_entry.effective_end IS ' For transactions whose effects are spread out over a period of time, this is
the effective end date for the transaction.  To be used by add-ons for
automating adjustments.';


--
-- Name: COLUMN journal_entry.is_template; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.journal_entry.is_template IS ' Set true for template transactions.  Templates can never be approved but can
be copied into new transactions and are useful for recurrances. ';


--
-- Name: journal_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.journal_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.journal_entry_id_seq OWNER TO postgres;

--
-- Name: journal_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.journal_entry_id_seq OWNED BY public.journal_entry.id;


--
-- Name: journal_line; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.journal_line (
    id integer NOT NULL,
    account_id integer NOT NULL,
    journal_id integer NOT NULL,
    amount numeric NOT NULL,
    cleared boolean DEFAULT false NOT NULL,
    reconciliation_report integer,
    line_type text,
    CONSTRAINT journal_line_amount_check CHECK ((amount <> 'NaN'::numeric))
);


ALTER TABLE public.journal_line OWNER TO postgres;

--
-- Name: TABLE journal_line; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.journal_line IS ' Replaces acc_trans as the main account transaction line table.';


--
-- Name: COLUMN journal_line.cleared; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.journal_line.cleared IS ' Still needed both for legacy data and in case reconciliation data must
eventually be purged.';


--
-- Name: journal_line_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.journal_line_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.journal_line_id_seq OWNER TO postgres;

--
-- Name: journal_line_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.journal_line_id_seq OWNED BY public.journal_line.id;


--
-- Name: journal_note; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.journal_note (
    internal_only boolean DEFAULT false NOT NULL,
    CONSTRAINT journal_note_note_class_check CHECK ((note_class = 5))
)
INHERITS (public.note);


ALTER TABLE public.journal_note OWNER TO postgres;

--
-- Name: TABLE journal_note; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.journal_note IS ' This stores notes attached to journal entries, including payments and
invoices.';


--
-- Name: COLUMN journal_note.internal_only; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.journal_note.internal_only IS ' When set to true, does not show up in notes list for invoice templates';


--
-- Name: journal_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.journal_type (
    id integer NOT NULL,
    name text NOT NULL
);


ALTER TABLE public.journal_type OWNER TO postgres;

--
-- Name: TABLE journal_type; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.journal_type IS ' This table describes the journal entry type of the transaction.  The
following values are hard coded by default:
1:  General journal
2:  Sales (AR)
3:  Purchases (AP)
4:  Receipts
5:  Payments

';


--
-- Name: journal_type_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.journal_type_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.journal_type_id_seq OWNER TO postgres;

--
-- Name: journal_type_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.journal_type_id_seq OWNED BY public.journal_type.id;


--
-- Name: language; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.language (
    code character varying(6) NOT NULL,
    description text
);


ALTER TABLE public.language OWNER TO postgres;

--
-- Name: TABLE language; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.language IS ' Languages for manual translations and so forth.';


--
-- Name: location; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.location (
    id integer NOT NULL,
    line_one text NOT NULL,
    line_two text,
    line_three text,
    city text NOT NULL,
    state text,
    country_id integer NOT NULL,
    mail_code text,
    created date DEFAULT now() NOT NULL,
    inactive_date timestamp without time zone,
    active boolean DEFAULT true NOT NULL,
    CONSTRAINT location_city_check CHECK ((city ~ '[[:alnum:]_]'::text)),
    CONSTRAINT location_line_one_check CHECK ((line_one ~ '[[:alnum:]_]'::text)),
    CONSTRAINT location_mail_code_check CHECK ((mail_code ~ '[[:alnum:]_-]'::text)),
    CONSTRAINT location_state_check CHECK ((state ~ '[[:alnum:]_]'::text))
);


ALTER TABLE public.location OWNER TO postgres;

--
-- Name: TABLE location; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.location IS '
This table stores addresses, such as shipto and bill to addresses.
';


--
-- Name: location_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.location_class (
    id integer NOT NULL,
    class text NOT NULL,
    authoritative boolean NOT NULL,
    CONSTRAINT location_class_class_check CHECK ((class ~ '[[:alnum:]_]'::text))
);


ALTER TABLE public.location_class OWNER TO postgres;

--
-- Name: TABLE location_class; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.location_class IS '
Individuals seeking to add new location classes should coordinate with others.
';


--
-- Name: location_class_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.location_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.location_class_id_seq OWNER TO postgres;

--
-- Name: location_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.location_class_id_seq OWNED BY public.location_class.id;


--
-- Name: location_class_to_entity_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.location_class_to_entity_class (
    id integer NOT NULL,
    location_class integer NOT NULL,
    entity_class integer NOT NULL
);


ALTER TABLE public.location_class_to_entity_class OWNER TO postgres;

--
-- Name: TABLE location_class_to_entity_class; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.location_class_to_entity_class IS 'This determines which location classes go with which entity classes';


--
-- Name: location_class_to_entity_class_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.location_class_to_entity_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.location_class_to_entity_class_id_seq OWNER TO postgres;

--
-- Name: location_class_to_entity_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.location_class_to_entity_class_id_seq OWNED BY public.location_class_to_entity_class.id;


--
-- Name: location_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.location_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.location_id_seq OWNER TO postgres;

--
-- Name: location_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.location_id_seq OWNED BY public.location.id;


--
-- Name: lot_tracking_number; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.lot_tracking_number
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.lot_tracking_number OWNER TO postgres;

--
-- Name: lsmb_group; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lsmb_group (
    role_name text NOT NULL
);


ALTER TABLE public.lsmb_group OWNER TO postgres;

--
-- Name: lsmb_group_grants; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lsmb_group_grants (
    group_name text NOT NULL,
    granted_role text NOT NULL
);


ALTER TABLE public.lsmb_group_grants OWNER TO postgres;

--
-- Name: lsmb_module; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lsmb_module (
    id integer NOT NULL,
    label text NOT NULL
);


ALTER TABLE public.lsmb_module OWNER TO postgres;

--
-- Name: TABLE lsmb_module; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.lsmb_module IS ' This stores categories functionality into modules.  Addons may add rows here, but
the id should be hardcoded.  As always 900-1000 will be reserved for internal use,
and negative numbers will be reserved for testing.';


--
-- Name: lsmb_sequence; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.lsmb_sequence (
    label text NOT NULL,
    setting_key text NOT NULL,
    prefix text,
    suffix text,
    sequence text DEFAULT '1'::text NOT NULL,
    accept_input boolean DEFAULT true
);


ALTER TABLE public.lsmb_sequence OWNER TO postgres;

--
-- Name: makemodel; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.makemodel (
    parts_id integer NOT NULL,
    barcode text,
    make text NOT NULL,
    model text NOT NULL
);


ALTER TABLE public.makemodel OWNER TO postgres;

--
-- Name: TABLE makemodel; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.makemodel IS ' A single parts entry can have multiple make/model entries.  These
store manufacturer/model number info.';


--
-- Name: menu_acl; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.menu_acl (
    id integer NOT NULL,
    role_name character varying NOT NULL,
    acl_type character varying,
    node_id integer NOT NULL,
    CONSTRAINT menu_acl_acl_type_check CHECK ((((acl_type)::text = 'allow'::text) OR ((acl_type)::text = 'deny'::text)))
);


ALTER TABLE public.menu_acl OWNER TO postgres;

--
-- Name: TABLE menu_acl; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.menu_acl IS 'Provides access control list entries for menu nodes.';


--
-- Name: COLUMN menu_acl.acl_type; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.menu_acl.acl_type IS ' Nodes are hidden unless a role is found of which the user is a member, and
where the acl_type for that role type and node is set to ''allow'' and no acl is
found for any role of which the user is a member, where the acl_type is set to
''deny''.';


--
-- Name: menu_acl_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.menu_acl_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.menu_acl_id_seq OWNER TO postgres;

--
-- Name: menu_acl_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.menu_acl_id_seq OWNED BY public.menu_acl.id;


--
-- Name: menu_attribute; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.menu_attribute (
    node_id integer NOT NULL,
    attribute character varying NOT NULL,
    value character varying NOT NULL,
    id integer NOT NULL
);


ALTER TABLE public.menu_attribute OWNER TO postgres;

--
-- Name: TABLE menu_attribute; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.menu_attribute IS ' This table stores the callback information for each menu item.  The
attributes are stored in key/value modelling because of the fact that this
best matches the semantic structure of the information.

Each node should have EITHER a menu or a module attribute, menu for a menu with
sub-items, module for an executiable script.  The module attribute identifies
the perl script to be run.  The action attribute identifies the entry point.

Beyond this, any other attributes that should be passed in can be done as other
attributes.
';


--
-- Name: menu_attribute_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.menu_attribute_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.menu_attribute_id_seq OWNER TO postgres;

--
-- Name: menu_attribute_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.menu_attribute_id_seq OWNED BY public.menu_attribute.id;


--
-- Name: menu_node; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.menu_node (
    id integer NOT NULL,
    label character varying NOT NULL,
    parent integer,
    "position" integer NOT NULL
);


ALTER TABLE public.menu_node OWNER TO postgres;

--
-- Name: TABLE menu_node; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.menu_node IS 'This table stores the tree structure of the menu.';


--
-- Name: menu_node_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.menu_node_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.menu_node_id_seq OWNER TO postgres;

--
-- Name: menu_node_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.menu_node_id_seq OWNED BY public.menu_node.id;


--
-- Name: mfg_lot; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mfg_lot (
    id integer NOT NULL,
    lot_number text DEFAULT (nextval('public.lot_tracking_number'::regclass))::text NOT NULL,
    parts_id integer NOT NULL,
    qty numeric NOT NULL,
    stock_date date DEFAULT (now())::date NOT NULL
);


ALTER TABLE public.mfg_lot OWNER TO postgres;

--
-- Name: TABLE mfg_lot; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.mfg_lot IS ' This tracks assembly restocks.  This is designed to work with old code and
may change as we refactor the parts.';


--
-- Name: mfg_lot_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.mfg_lot_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.mfg_lot_id_seq OWNER TO postgres;

--
-- Name: mfg_lot_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.mfg_lot_id_seq OWNED BY public.mfg_lot.id;


--
-- Name: mfg_lot_item; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mfg_lot_item (
    id integer NOT NULL,
    mfg_lot_id integer NOT NULL,
    parts_id integer NOT NULL,
    qty numeric NOT NULL
);


ALTER TABLE public.mfg_lot_item OWNER TO postgres;

--
-- Name: TABLE mfg_lot_item; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.mfg_lot_item IS ' This tracks items used in assembly restocking.';


--
-- Name: mfg_lot_item_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.mfg_lot_item_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.mfg_lot_item_id_seq OWNER TO postgres;

--
-- Name: mfg_lot_item_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.mfg_lot_item_id_seq OWNED BY public.mfg_lot_item.id;


--
-- Name: mime_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.mime_type (
    id integer NOT NULL,
    mime_type text NOT NULL,
    invoice_include boolean DEFAULT false
);


ALTER TABLE public.mime_type OWNER TO postgres;

--
-- Name: TABLE mime_type; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.mime_type IS ' This is a lookup table for storing MIME types.';


--
-- Name: mime_type_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.mime_type_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.mime_type_id_seq OWNER TO postgres;

--
-- Name: mime_type_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.mime_type_id_seq OWNED BY public.mime_type.id;


--
-- Name: new_shipto; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.new_shipto (
    id integer NOT NULL,
    trans_id integer,
    oe_id integer,
    location_id integer
);


ALTER TABLE public.new_shipto OWNER TO postgres;

--
-- Name: TABLE new_shipto; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.new_shipto IS ' Tracks ship_to information for orders and invoices.';


--
-- Name: new_shipto_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.new_shipto_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.new_shipto_id_seq OWNER TO postgres;

--
-- Name: new_shipto_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.new_shipto_id_seq OWNED BY public.new_shipto.id;


--
-- Name: note_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.note_class (
    id integer NOT NULL,
    class text NOT NULL,
    CONSTRAINT note_class_class_check CHECK ((class ~ '[[:alnum:]_]'::text))
);


ALTER TABLE public.note_class OWNER TO postgres;

--
-- Name: TABLE note_class; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.note_class IS ' Coordinate with others before adding entries. ';


--
-- Name: note_class_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.note_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.note_class_id_seq OWNER TO postgres;

--
-- Name: note_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.note_class_id_seq OWNED BY public.note_class.id;


--
-- Name: note_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.note_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.note_id_seq OWNER TO postgres;

--
-- Name: note_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.note_id_seq OWNED BY public.note.id;


--
-- Name: oe; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oe (
    id integer NOT NULL,
    ordnumber text,
    transdate date DEFAULT CURRENT_DATE,
    entity_id integer,
    amount numeric,
    netamount numeric,
    reqdate date,
    taxincluded boolean,
    shippingpoint text,
    notes text,
    curr character(3),
    person_id integer,
    closed boolean DEFAULT false,
    quotation boolean DEFAULT false,
    quonumber text,
    intnotes text,
    shipvia text,
    language_code character varying(6),
    ponumber text,
    terms smallint DEFAULT 0,
    entity_credit_account integer NOT NULL,
    oe_class_id integer NOT NULL
);


ALTER TABLE public.oe OWNER TO postgres;

--
-- Name: TABLE oe; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.oe IS ' Header information for:
* Sales orders
* Purchase Orders
* Quotations
* Requests for Quotation
';


--
-- Name: oe_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.oe_class (
    id smallint,
    oe_class text NOT NULL,
    CONSTRAINT oe_class_id_check CHECK ((id = ANY (ARRAY[1, 2, 3, 4])))
);


ALTER TABLE public.oe_class OWNER TO postgres;

--
-- Name: TABLE oe_class; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.oe_class IS ' Hardwired classifications for orders and quotations.
Coordinate before adding.';


--
-- Name: oe_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.oe_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.oe_id_seq OWNER TO postgres;

--
-- Name: oe_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.oe_id_seq OWNED BY public.oe.id;


--
-- Name: open_forms; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.open_forms (
    id integer NOT NULL,
    session_id integer
);


ALTER TABLE public.open_forms OWNER TO postgres;

--
-- Name: TABLE open_forms; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.open_forms IS ' This is our primary anti-xsrf measure, as this allows us to require a full
round trip to the web server in order to save data.';


--
-- Name: open_forms_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.open_forms_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.open_forms_id_seq OWNER TO postgres;

--
-- Name: open_forms_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.open_forms_id_seq OWNED BY public.open_forms.id;


--
-- Name: orderitems; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.orderitems (
    id integer NOT NULL,
    trans_id integer,
    parts_id integer,
    description text,
    qty numeric,
    sellprice numeric,
    "precision" integer,
    discount numeric,
    unit character varying(5),
    reqdate date,
    ship numeric,
    serialnumber text,
    notes text
);


ALTER TABLE public.orderitems OWNER TO postgres;

--
-- Name: TABLE orderitems; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.orderitems IS ' Line items for sales/purchase orders and quotations.';


--
-- Name: orderitems_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.orderitems_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.orderitems_id_seq OWNER TO postgres;

--
-- Name: orderitems_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.orderitems_id_seq OWNED BY public.orderitems.id;


--
-- Name: parts; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.parts (
    id integer NOT NULL,
    partnumber text,
    description text,
    unit character varying(5),
    listprice numeric,
    sellprice numeric,
    lastcost numeric,
    priceupdate date DEFAULT CURRENT_DATE,
    weight numeric,
    onhand numeric DEFAULT 0,
    notes text,
    makemodel boolean DEFAULT false,
    assembly boolean DEFAULT false,
    alternate boolean DEFAULT false,
    rop numeric,
    inventory_accno_id integer,
    income_accno_id integer,
    expense_accno_id integer,
    returns_accno_id integer,
    bin text,
    obsolete boolean DEFAULT false,
    bom boolean DEFAULT false,
    image text,
    drawing text,
    microfiche text,
    partsgroup_id integer,
    avgcost numeric
);


ALTER TABLE public.parts OWNER TO postgres;

--
-- Name: TABLE parts; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.parts IS 'This stores detail information about goods and services.  The type of part
is currently defined according to the following rules:
* If assembly is true, then an assembly
* If inventory_accno_id, income_accno_id, and expense_accno_id are not null then
  a part.
* If inventory_accno_id is null but the other two are not, then a service.
* Otherwise, a labor/overhead entry.
';


--
-- Name: COLUMN parts.rop; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.parts.rop IS 'Re-order point.  Used to select parts for short inventory report.';


--
-- Name: COLUMN parts.bin; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.parts.bin IS 'Text identifier for where a part is stored.';


--
-- Name: COLUMN parts.bom; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.parts.bom IS 'Show on Bill of Materials.';


--
-- Name: COLUMN parts.image; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.parts.image IS 'Hyperlink to product image.';


--
-- Name: parts_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.parts_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.parts_id_seq OWNER TO postgres;

--
-- Name: parts_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.parts_id_seq OWNED BY public.parts.id;


--
-- Name: parts_translation; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.parts_translation (
)
INHERITS (public.translation);


ALTER TABLE public.parts_translation OWNER TO postgres;

--
-- Name: TABLE parts_translation; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.parts_translation IS ' Translation information for parts.';


--
-- Name: partscustomer; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.partscustomer (
    parts_id integer,
    credit_id integer,
    pricegroup_id integer,
    pricebreak numeric,
    sellprice numeric,
    validfrom date,
    validto date,
    curr character(3),
    entry_id integer NOT NULL
);


ALTER TABLE public.partscustomer OWNER TO postgres;

--
-- Name: TABLE partscustomer; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.partscustomer IS ' Tracks per-customer pricing.  Discounts can be offered for periods of time
and for pricegroups as well as per customer';


--
-- Name: partscustomer_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.partscustomer_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.partscustomer_entry_id_seq OWNER TO postgres;

--
-- Name: partscustomer_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.partscustomer_entry_id_seq OWNED BY public.partscustomer.entry_id;


--
-- Name: partsgroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.partsgroup (
    id integer NOT NULL,
    partsgroup text,
    parent integer
);


ALTER TABLE public.partsgroup OWNER TO postgres;

--
-- Name: TABLE partsgroup; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.partsgroup IS ' Groups of parts for Point of Sale screen.';


--
-- Name: partsgroup_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.partsgroup_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.partsgroup_id_seq OWNER TO postgres;

--
-- Name: partsgroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.partsgroup_id_seq OWNED BY public.partsgroup.id;


--
-- Name: partsgroup_translation; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.partsgroup_translation (
)
INHERITS (public.translation);


ALTER TABLE public.partsgroup_translation OWNER TO postgres;

--
-- Name: TABLE partsgroup_translation; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.partsgroup_translation IS ' Translation information for partsgroups.';


--
-- Name: partstax; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.partstax (
    parts_id integer NOT NULL,
    chart_id integer NOT NULL,
    taxcategory_id integer
);


ALTER TABLE public.partstax OWNER TO postgres;

--
-- Name: TABLE partstax; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.partstax IS ' Mapping of parts to taxes.';


--
-- Name: partsvendor; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.partsvendor (
    credit_id integer NOT NULL,
    parts_id integer,
    partnumber text,
    leadtime smallint,
    lastcost numeric,
    curr character(3),
    entry_id integer NOT NULL
);


ALTER TABLE public.partsvendor OWNER TO postgres;

--
-- Name: TABLE partsvendor; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.partsvendor IS ' Tracks vendor''s pricing, as well as vendor''s part number, lead time
required and currency.';


--
-- Name: partsvendor_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.partsvendor_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.partsvendor_entry_id_seq OWNER TO postgres;

--
-- Name: partsvendor_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.partsvendor_entry_id_seq OWNED BY public.partsvendor.entry_id;


--
-- Name: payment; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payment (
    id integer NOT NULL,
    reference text NOT NULL,
    gl_id integer,
    payment_class integer NOT NULL,
    payment_date date DEFAULT CURRENT_DATE,
    closed boolean DEFAULT false,
    entity_credit_id integer,
    employee_id integer,
    currency character(3),
    notes text
);


ALTER TABLE public.payment OWNER TO postgres;

--
-- Name: TABLE payment; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.payment IS ' This table will store the main data on a payment, prepayment, overpayment, et';


--
-- Name: COLUMN payment.reference; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.payment.reference IS ' This field will store the code for both receipts and payment order  ';


--
-- Name: COLUMN payment.gl_id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.payment.gl_id IS ' A payment should always be linked to a GL movement ';


--
-- Name: COLUMN payment.closed; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.payment.closed IS ' This will store the current state of a payment/receipt order ';


--
-- Name: payment_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.payment_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.payment_id_seq OWNER TO postgres;

--
-- Name: payment_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.payment_id_seq OWNED BY public.payment.id;


--
-- Name: payment_links; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payment_links (
    payment_id integer,
    entry_id integer,
    type integer
);


ALTER TABLE public.payment_links OWNER TO postgres;

--
-- Name: TABLE payment_links; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.payment_links IS '
 An explanation to the type field.
 * A type 0 means the link is referencing an ar/ap  and was created
   using an overpayment movement after the receipt was created
 * A type 1 means the link is referencing an ar/ap and  was made
   on the payment creation, its not the product of an overpayment movement
 * A type 2 means the link is not referencing an ar/ap and its the product
   of the overpayment logic

 With this ideas in order we can do the following

 To get the payment amount we will sum the entries with type > 0.
 To get the linked amount we will sum the entries with type < 2.
 The overpayment account can be obtained from the entries with type = 2.

 This reasoning is hacky and i hope it can dissapear when we get to 1.4 - D.M.
';


--
-- Name: payment_map; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payment_map (
    line_id integer NOT NULL,
    pays integer NOT NULL
);


ALTER TABLE public.payment_map OWNER TO postgres;

--
-- Name: TABLE payment_map; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.payment_map IS ' This maps the payment journal entry to the
invoices it pays.  A couple notes here:
1)  There is no requirement tht the payment "invoice" be linked to the same
entity_credit_account as the paid invoice.  People can pay eachothers invoices
if LedgerSMB supports this at an app level.
2)  This now means that payments are first class transactions.';


--
-- Name: payment_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payment_type (
    id integer NOT NULL,
    label text NOT NULL
);


ALTER TABLE public.payment_type OWNER TO postgres;

--
-- Name: payment_type_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.payment_type_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.payment_type_id_seq OWNER TO postgres;

--
-- Name: payment_type_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.payment_type_id_seq OWNED BY public.payment_type.id;


--
-- Name: payroll_deduction; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payroll_deduction (
    entry_id integer NOT NULL,
    entity_id integer NOT NULL,
    type_id integer NOT NULL,
    rate numeric NOT NULL
);


ALTER TABLE public.payroll_deduction OWNER TO postgres;

--
-- Name: payroll_deduction_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payroll_deduction_class (
    id integer NOT NULL,
    country_id integer NOT NULL,
    label text NOT NULL,
    stored_proc_name name NOT NULL
);


ALTER TABLE public.payroll_deduction_class OWNER TO postgres;

--
-- Name: payroll_deduction_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.payroll_deduction_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.payroll_deduction_entry_id_seq OWNER TO postgres;

--
-- Name: payroll_deduction_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.payroll_deduction_entry_id_seq OWNED BY public.payroll_deduction.entry_id;


--
-- Name: payroll_deduction_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payroll_deduction_type (
    id integer NOT NULL,
    account_id integer NOT NULL,
    pdc_id integer NOT NULL,
    country_id integer NOT NULL,
    label text NOT NULL,
    unit text NOT NULL,
    default_amount numeric,
    calc_percent boolean NOT NULL
);


ALTER TABLE public.payroll_deduction_type OWNER TO postgres;

--
-- Name: payroll_deduction_type_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.payroll_deduction_type_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.payroll_deduction_type_id_seq OWNER TO postgres;

--
-- Name: payroll_deduction_type_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.payroll_deduction_type_id_seq OWNED BY public.payroll_deduction_type.id;


--
-- Name: payroll_employee_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payroll_employee_class (
    id integer NOT NULL,
    label text NOT NULL
);


ALTER TABLE public.payroll_employee_class OWNER TO postgres;

--
-- Name: payroll_employee_class_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.payroll_employee_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.payroll_employee_class_id_seq OWNER TO postgres;

--
-- Name: payroll_employee_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.payroll_employee_class_id_seq OWNED BY public.payroll_employee_class.id;


--
-- Name: payroll_employee_class_to_income_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payroll_employee_class_to_income_type (
    ec_id integer NOT NULL,
    it_id integer NOT NULL
);


ALTER TABLE public.payroll_employee_class_to_income_type OWNER TO postgres;

--
-- Name: payroll_income_category; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payroll_income_category (
    id integer NOT NULL,
    label text
);


ALTER TABLE public.payroll_income_category OWNER TO postgres;

--
-- Name: payroll_income_category_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.payroll_income_category_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.payroll_income_category_id_seq OWNER TO postgres;

--
-- Name: payroll_income_category_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.payroll_income_category_id_seq OWNED BY public.payroll_income_category.id;


--
-- Name: payroll_income_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payroll_income_class (
    id integer NOT NULL,
    country_id integer NOT NULL,
    label text NOT NULL
);


ALTER TABLE public.payroll_income_class OWNER TO postgres;

--
-- Name: payroll_income_type; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payroll_income_type (
    id integer NOT NULL,
    account_id integer NOT NULL,
    pic_id integer NOT NULL,
    country_id integer NOT NULL,
    label text NOT NULL,
    unit text NOT NULL,
    default_amount numeric
);


ALTER TABLE public.payroll_income_type OWNER TO postgres;

--
-- Name: payroll_income_type_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.payroll_income_type_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.payroll_income_type_id_seq OWNER TO postgres;

--
-- Name: payroll_income_type_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.payroll_income_type_id_seq OWNED BY public.payroll_income_type.id;


--
-- Name: payroll_paid_timeoff; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payroll_paid_timeoff (
    employee_id integer NOT NULL,
    pto_class_id integer NOT NULL,
    report_id integer NOT NULL,
    amount numeric NOT NULL
);


ALTER TABLE public.payroll_paid_timeoff OWNER TO postgres;

--
-- Name: payroll_pto_class; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payroll_pto_class (
    id integer NOT NULL,
    label text NOT NULL
);


ALTER TABLE public.payroll_pto_class OWNER TO postgres;

--
-- Name: payroll_pto_class_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.payroll_pto_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.payroll_pto_class_id_seq OWNER TO postgres;

--
-- Name: payroll_pto_class_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.payroll_pto_class_id_seq OWNED BY public.payroll_pto_class.id;


--
-- Name: payroll_report; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payroll_report (
    id integer NOT NULL,
    ec_id integer NOT NULL,
    payment_date date NOT NULL,
    created_by integer,
    approved_by integer
);


ALTER TABLE public.payroll_report OWNER TO postgres;

--
-- Name: payroll_report_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.payroll_report_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.payroll_report_id_seq OWNER TO postgres;

--
-- Name: payroll_report_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.payroll_report_id_seq OWNED BY public.payroll_report.id;


--
-- Name: payroll_report_line; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payroll_report_line (
    id integer NOT NULL,
    report_id integer NOT NULL,
    employee_id integer NOT NULL,
    it_id integer NOT NULL,
    qty numeric NOT NULL,
    rate numeric NOT NULL,
    description text
);


ALTER TABLE public.payroll_report_line OWNER TO postgres;

--
-- Name: payroll_report_line_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.payroll_report_line_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.payroll_report_line_id_seq OWNER TO postgres;

--
-- Name: payroll_report_line_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.payroll_report_line_id_seq OWNED BY public.payroll_report_line.id;


--
-- Name: payroll_wage; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.payroll_wage (
    entry_id integer NOT NULL,
    entity_id integer NOT NULL,
    type_id integer NOT NULL,
    rate numeric NOT NULL
);


ALTER TABLE public.payroll_wage OWNER TO postgres;

--
-- Name: payroll_wage_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.payroll_wage_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.payroll_wage_entry_id_seq OWNER TO postgres;

--
-- Name: payroll_wage_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.payroll_wage_entry_id_seq OWNED BY public.payroll_wage.entry_id;


--
-- Name: periods; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.periods AS
 SELECT 'ytd'::text AS id,
    'Year to Date'::text AS label,
    (now())::date AS date_to,
    (((EXTRACT(year FROM now()))::text || '-01-01'::text))::date AS date_from
UNION
 SELECT 'last_year'::text AS id,
    'Last Year'::text AS label,
    ((((EXTRACT("YEAR" FROM now()) - (1)::numeric))::text || '-12-31'::text))::date AS date_to,
    ((((EXTRACT("YEAR" FROM now()) - (1)::numeric))::text || '-01-01'::text))::date AS date_from;


ALTER TABLE public.periods OWNER TO postgres;

--
-- Name: person; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.person (
    id integer NOT NULL,
    entity_id integer NOT NULL,
    salutation_id integer,
    first_name text NOT NULL,
    middle_name text,
    last_name text NOT NULL,
    created date DEFAULT CURRENT_DATE NOT NULL,
    birthdate date,
    personal_id text,
    CONSTRAINT person_first_name_check CHECK ((first_name ~ '[[:alnum:]_]'::text)),
    CONSTRAINT person_last_name_check CHECK ((last_name ~ '[[:alnum:]_]'::text))
);


ALTER TABLE public.person OWNER TO postgres;

--
-- Name: TABLE person; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.person IS ' Every person, must have an entity to derive a common or display name. The correct way to get class information on a person would be person.entity_id->entity_class_to_entity.entity_id. ';


--
-- Name: person_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.person_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.person_id_seq OWNER TO postgres;

--
-- Name: person_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.person_id_seq OWNED BY public.person.id;


--
-- Name: person_to_company; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.person_to_company (
    location_id integer NOT NULL,
    person_id integer NOT NULL,
    company_id integer NOT NULL
);


ALTER TABLE public.person_to_company OWNER TO postgres;

--
-- Name: TABLE person_to_company; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.person_to_company IS ' currently unused in the front-end, but can be used to map persons
to companies.';


--
-- Name: pricegroup; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.pricegroup (
    id integer NOT NULL,
    pricegroup text
);


ALTER TABLE public.pricegroup OWNER TO postgres;

--
-- Name: TABLE pricegroup; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.pricegroup IS ' Pricegroups are groups of customers who are assigned prices and discounts
together.';


--
-- Name: pricegroup_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.pricegroup_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.pricegroup_id_seq OWNER TO postgres;

--
-- Name: pricegroup_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.pricegroup_id_seq OWNED BY public.pricegroup.id;


--
-- Name: recurring; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.recurring (
    id integer NOT NULL,
    reference text,
    startdate date,
    nextdate date,
    enddate date,
    recurring_interval interval,
    howmany integer,
    payment boolean DEFAULT false
);


ALTER TABLE public.recurring OWNER TO postgres;

--
-- Name: TABLE recurring; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.recurring IS ' Stores recurring information on transactions which will recur in the future.
Note that this means that only fully posted transactions can recur.
I would highly recommend depricating this table and working instead on extending
the template transaction addon to handle recurring information.';


--
-- Name: recurringemail; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.recurringemail (
    id integer NOT NULL,
    formname text NOT NULL,
    format text,
    message text
);


ALTER TABLE public.recurringemail OWNER TO postgres;

--
-- Name: TABLE recurringemail; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.recurringemail IS 'Email  to be sent out when recurring transaction is posted.';


--
-- Name: recurringprint; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.recurringprint (
    id integer NOT NULL,
    formname text NOT NULL,
    format text,
    printer text
);


ALTER TABLE public.recurringprint OWNER TO postgres;

--
-- Name: TABLE recurringprint; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.recurringprint IS ' Template, printer etc. to print to when recurring transaction posts.';


--
-- Name: salutation; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.salutation (
    id integer NOT NULL,
    salutation text NOT NULL
);


ALTER TABLE public.salutation OWNER TO postgres;

--
-- Name: salutation_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.salutation_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.salutation_id_seq OWNER TO postgres;

--
-- Name: salutation_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.salutation_id_seq OWNED BY public.salutation.id;


--
-- Name: session; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.session (
    session_id integer NOT NULL,
    token character varying(32),
    last_used timestamp without time zone DEFAULT now(),
    ttl integer DEFAULT 3600 NOT NULL,
    users_id integer NOT NULL,
    notify_pasword interval DEFAULT '7 days'::interval NOT NULL,
    CONSTRAINT session_token_check CHECK ((length((token)::text) = 32))
);


ALTER TABLE public.session OWNER TO postgres;

--
-- Name: TABLE session; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.session IS ' This table is used to track sessions on a database level across page
requests (discretionary locks,open forms for anti-xsrf measures).
Because of the way LedgerSMB authentication works currently we do
not time out authentication when the session times out.  We do time out
highly pessimistic locks used for large batch payment workflows.';


--
-- Name: session_session_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.session_session_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.session_session_id_seq OWNER TO postgres;

--
-- Name: session_session_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.session_session_id_seq OWNED BY public.session.session_id;


--
-- Name: sic; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.sic (
    code character varying(6) NOT NULL,
    sictype character(1),
    description text
);


ALTER TABLE public.sic OWNER TO postgres;

--
-- Name: TABLE sic; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.sic IS '
This can be used SIC codes or any equivalent, such as ISIC, NAICS, etc.
';


--
-- Name: status; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.status (
    trans_id integer NOT NULL,
    formname text NOT NULL,
    printed boolean DEFAULT false,
    emailed boolean DEFAULT false,
    spoolfile text
);


ALTER TABLE public.status OWNER TO postgres;

--
-- Name: TABLE status; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.status IS ' Whether AR/AP transactions and invoices have been emailed and/or printed ';


--
-- Name: tax; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.tax (
    chart_id integer NOT NULL,
    rate numeric,
    minvalue numeric,
    maxvalue numeric,
    taxnumber text,
    validto timestamp without time zone DEFAULT 'infinity'::timestamp without time zone NOT NULL,
    pass integer DEFAULT 0 NOT NULL,
    taxmodule_id integer DEFAULT 1 NOT NULL
);


ALTER TABLE public.tax OWNER TO postgres;

--
-- Name: TABLE tax; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.tax IS 'Information on tax rates.';


--
-- Name: COLUMN tax.pass; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.tax.pass IS 'This is an integer indicating the pass of the tax. This is to support
cumultative sales tax rules (for example, Quebec charging taxes on the federal
taxes collected).';


--
-- Name: tax_extended; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.tax_extended (
    tax_basis numeric,
    rate numeric,
    entry_id integer NOT NULL
);


ALTER TABLE public.tax_extended OWNER TO postgres;

--
-- Name: TABLE tax_extended; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.tax_extended IS ' This stores extended information for manual tax calculations.';


--
-- Name: taxcategory; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.taxcategory (
    taxcategory_id integer NOT NULL,
    taxcategoryname text NOT NULL,
    taxmodule_id integer NOT NULL
);


ALTER TABLE public.taxcategory OWNER TO postgres;

--
-- Name: taxcategory_taxcategory_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.taxcategory_taxcategory_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.taxcategory_taxcategory_id_seq OWNER TO postgres;

--
-- Name: taxcategory_taxcategory_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.taxcategory_taxcategory_id_seq OWNED BY public.taxcategory.taxcategory_id;


--
-- Name: taxmodule; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.taxmodule (
    taxmodule_id integer NOT NULL,
    taxmodulename text NOT NULL
);


ALTER TABLE public.taxmodule OWNER TO postgres;

--
-- Name: TABLE taxmodule; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.taxmodule IS 'This is used to store information on tax modules.  the module name is used
to determine the Perl class for the taxes.';


--
-- Name: taxmodule_taxmodule_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.taxmodule_taxmodule_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.taxmodule_taxmodule_id_seq OWNER TO postgres;

--
-- Name: taxmodule_taxmodule_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.taxmodule_taxmodule_id_seq OWNED BY public.taxmodule.taxmodule_id;


--
-- Name: template; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.template (
    id integer NOT NULL,
    template_name text NOT NULL,
    language_code character varying(6),
    template text NOT NULL,
    format text NOT NULL
);


ALTER TABLE public.template OWNER TO postgres;

--
-- Name: template_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.template_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.template_id_seq OWNER TO postgres;

--
-- Name: template_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.template_id_seq OWNED BY public.template.id;


--
-- Name: transactions; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.transactions (
    id integer NOT NULL,
    table_name text,
    locked_by integer,
    approved boolean,
    approved_by integer,
    approved_at timestamp without time zone
);


ALTER TABLE public.transactions OWNER TO postgres;

--
-- Name: TABLE transactions; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.transactions IS ' This table provides referential integrity between AR, AP, GL tables on one
hand and acc_trans on the other, pending the refactoring of those tables.  It
also is used to provide discretionary locking of financial transactions across
database connections, for example in batch payment workflows.';


--
-- Name: COLUMN transactions.locked_by; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.transactions.locked_by IS ' This should only be used in pessimistic locking measures as required by large
batch work flows. ';


--
-- Name: trial_balance__yearend_types; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.trial_balance__yearend_types (
    type text NOT NULL
);


ALTER TABLE public.trial_balance__yearend_types OWNER TO postgres;

--
-- Name: tx_report; Type: VIEW; Schema: public; Owner: postgres
--

CREATE VIEW public.tx_report AS
 SELECT gl.id,
    gl.reference,
    NULL::integer AS entity_credit_account,
    'gl'::text AS "table",
    gl.approved
   FROM public.gl
UNION ALL
 SELECT ap.id,
    ap.invnumber AS reference,
    ap.entity_credit_account,
    'ap'::text AS "table",
    ap.approved
   FROM public.ap
UNION ALL
 SELECT ar.id,
    ar.invnumber AS reference,
    ar.entity_credit_account,
    'ar'::text AS "table",
    ar.approved
   FROM public.ar;


ALTER TABLE public.tx_report OWNER TO postgres;

--
-- Name: VIEW tx_report; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON VIEW public.tx_report IS ' This view provides join and approval information for transactions.';


--
-- Name: users_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.users_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.users_id_seq OWNER TO postgres;

--
-- Name: users_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.users_id_seq OWNED BY public.users.id;


--
-- Name: voucher; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.voucher (
    trans_id integer NOT NULL,
    batch_id integer NOT NULL,
    id integer NOT NULL,
    batch_class integer NOT NULL
);


ALTER TABLE public.voucher OWNER TO postgres;

--
-- Name: TABLE voucher; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.voucher IS 'Mapping transactions to batches for batch approval.';


--
-- Name: COLUMN voucher.id; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.voucher.id IS ' This is simply a surrogate key for easy reference.';


--
-- Name: COLUMN voucher.batch_class; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON COLUMN public.voucher.batch_class IS ' This is the authoritative class of the
voucher. ';


--
-- Name: voucher_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.voucher_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.voucher_id_seq OWNER TO postgres;

--
-- Name: voucher_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.voucher_id_seq OWNED BY public.voucher.id;


--
-- Name: warehouse; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.warehouse (
    id integer NOT NULL,
    description text
);


ALTER TABLE public.warehouse OWNER TO postgres;

--
-- Name: warehouse_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.warehouse_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.warehouse_id_seq OWNER TO postgres;

--
-- Name: warehouse_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.warehouse_id_seq OWNED BY public.warehouse.id;


--
-- Name: warehouse_inventory; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.warehouse_inventory (
    entity_id integer,
    warehouse_id integer,
    parts_id integer,
    trans_id integer,
    orderitems_id integer,
    qty numeric,
    shippingdate date,
    entry_id integer NOT NULL
);


ALTER TABLE public.warehouse_inventory OWNER TO postgres;

--
-- Name: TABLE warehouse_inventory; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.warehouse_inventory IS ' This table contains inventory mappings to warehouses, not general inventory
management data.';


--
-- Name: warehouse_inventory_entry_id_seq; Type: SEQUENCE; Schema: public; Owner: postgres
--

CREATE SEQUENCE public.warehouse_inventory_entry_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


ALTER TABLE public.warehouse_inventory_entry_id_seq OWNER TO postgres;

--
-- Name: warehouse_inventory_entry_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: postgres
--

ALTER SEQUENCE public.warehouse_inventory_entry_id_seq OWNED BY public.warehouse_inventory.entry_id;


--
-- Name: yearend; Type: TABLE; Schema: public; Owner: postgres
--

CREATE TABLE public.yearend (
    trans_id integer NOT NULL,
    reversed boolean DEFAULT false,
    transdate date
);


ALTER TABLE public.yearend OWNER TO postgres;

--
-- Name: TABLE yearend; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON TABLE public.yearend IS ' An extension to the journal_entry table to track transactionsactions which close out
the books at yearend.';


--
-- Name: acc_trans entry_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acc_trans ALTER COLUMN entry_id SET DEFAULT nextval('public.acc_trans_entry_id_seq'::regclass);


--
-- Name: account id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account ALTER COLUMN id SET DEFAULT nextval('public.account_id_seq'::regclass);


--
-- Name: account_checkpoint id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_checkpoint ALTER COLUMN id SET DEFAULT nextval('public.account_checkpoint_id_seq'::regclass);


--
-- Name: account_heading id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_heading ALTER COLUMN id SET DEFAULT nextval('public.account_heading_id_seq'::regclass);


--
-- Name: asset_class id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_class ALTER COLUMN id SET DEFAULT nextval('public.asset_class_id_seq'::regclass);


--
-- Name: asset_dep_method id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_dep_method ALTER COLUMN id SET DEFAULT nextval('public.asset_dep_method_id_seq'::regclass);


--
-- Name: asset_disposal_method id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_disposal_method ALTER COLUMN id SET DEFAULT nextval('public.asset_disposal_method_id_seq'::regclass);


--
-- Name: asset_item id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_item ALTER COLUMN id SET DEFAULT nextval('public.asset_item_id_seq'::regclass);


--
-- Name: asset_note id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_note ALTER COLUMN id SET DEFAULT nextval('public.note_id_seq'::regclass);


--
-- Name: asset_note note_class; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_note ALTER COLUMN note_class SET DEFAULT 4;


--
-- Name: asset_note vector; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_note ALTER COLUMN vector SET DEFAULT ''::tsvector;


--
-- Name: asset_note created; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_note ALTER COLUMN created SET DEFAULT now();


--
-- Name: asset_note created_by; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_note ALTER COLUMN created_by SET DEFAULT SESSION_USER;


--
-- Name: asset_report id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report ALTER COLUMN id SET DEFAULT nextval('public.asset_report_id_seq'::regclass);


--
-- Name: audittrail entry_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audittrail ALTER COLUMN entry_id SET DEFAULT nextval('public.audittrail_entry_id_seq'::regclass);


--
-- Name: batch id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.batch ALTER COLUMN id SET DEFAULT nextval('public.batch_id_seq'::regclass);


--
-- Name: batch_class id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.batch_class ALTER COLUMN id SET DEFAULT nextval('public.batch_class_id_seq'::regclass);


--
-- Name: budget_info id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_info ALTER COLUMN id SET DEFAULT nextval('public.budget_info_id_seq'::regclass);


--
-- Name: budget_note id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_note ALTER COLUMN id SET DEFAULT nextval('public.note_id_seq'::regclass);


--
-- Name: budget_note note_class; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_note ALTER COLUMN note_class SET DEFAULT 6;


--
-- Name: budget_note vector; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_note ALTER COLUMN vector SET DEFAULT ''::tsvector;


--
-- Name: budget_note created; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_note ALTER COLUMN created SET DEFAULT now();


--
-- Name: budget_note created_by; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_note ALTER COLUMN created_by SET DEFAULT SESSION_USER;


--
-- Name: business id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business ALTER COLUMN id SET DEFAULT nextval('public.business_id_seq'::regclass);


--
-- Name: business_unit id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit ALTER COLUMN id SET DEFAULT nextval('public.business_unit_id_seq'::regclass);


--
-- Name: business_unit_class id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_class ALTER COLUMN id SET DEFAULT nextval('public.business_unit_class_id_seq'::regclass);


--
-- Name: company id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.company ALTER COLUMN id SET DEFAULT nextval('public.company_id_seq'::regclass);


--
-- Name: contact_class id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.contact_class ALTER COLUMN id SET DEFAULT nextval('public.contact_class_id_seq'::regclass);


--
-- Name: country id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.country ALTER COLUMN id SET DEFAULT nextval('public.country_id_seq'::regclass);


--
-- Name: country_tax_form id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.country_tax_form ALTER COLUMN id SET DEFAULT nextval('public.country_tax_form_id_seq'::regclass);


--
-- Name: cr_report id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cr_report ALTER COLUMN id SET DEFAULT nextval('public.cr_report_id_seq'::regclass);


--
-- Name: cr_report_line id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cr_report_line ALTER COLUMN id SET DEFAULT nextval('public.cr_report_line_id_seq'::regclass);


--
-- Name: custom_field_catalog field_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.custom_field_catalog ALTER COLUMN field_id SET DEFAULT nextval('public.custom_field_catalog_field_id_seq'::regclass);


--
-- Name: custom_table_catalog table_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.custom_table_catalog ALTER COLUMN table_id SET DEFAULT nextval('public.custom_table_catalog_table_id_seq'::regclass);


--
-- Name: eca_note id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_note ALTER COLUMN id SET DEFAULT nextval('public.note_id_seq'::regclass);


--
-- Name: eca_note vector; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_note ALTER COLUMN vector SET DEFAULT ''::tsvector;


--
-- Name: eca_note created; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_note ALTER COLUMN created SET DEFAULT now();


--
-- Name: eca_note created_by; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_note ALTER COLUMN created_by SET DEFAULT SESSION_USER;


--
-- Name: employee_class id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.employee_class ALTER COLUMN id SET DEFAULT nextval('public.employee_class_id_seq'::regclass);


--
-- Name: entity id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity ALTER COLUMN id SET DEFAULT nextval('public.entity_id_seq'::regclass);


--
-- Name: entity_bank_account id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_bank_account ALTER COLUMN id SET DEFAULT nextval('public.entity_bank_account_id_seq'::regclass);


--
-- Name: entity_class id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_class ALTER COLUMN id SET DEFAULT nextval('public.entity_class_id_seq'::regclass);


--
-- Name: entity_credit_account id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_credit_account ALTER COLUMN id SET DEFAULT nextval('public.entity_credit_account_id_seq'::regclass);


--
-- Name: entity_note id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_note ALTER COLUMN id SET DEFAULT nextval('public.note_id_seq'::regclass);


--
-- Name: entity_note vector; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_note ALTER COLUMN vector SET DEFAULT ''::tsvector;


--
-- Name: entity_note created; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_note ALTER COLUMN created SET DEFAULT now();


--
-- Name: entity_note created_by; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_note ALTER COLUMN created_by SET DEFAULT SESSION_USER;


--
-- Name: file_base id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_base ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_class id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_class ALTER COLUMN id SET DEFAULT nextval('public.file_class_id_seq'::regclass);


--
-- Name: file_eca uploaded_at; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_eca ALTER COLUMN uploaded_at SET DEFAULT now();


--
-- Name: file_eca id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_eca ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_entity uploaded_at; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_entity ALTER COLUMN uploaded_at SET DEFAULT now();


--
-- Name: file_entity id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_entity ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_incoming uploaded_at; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_incoming ALTER COLUMN uploaded_at SET DEFAULT now();


--
-- Name: file_incoming id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_incoming ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_internal uploaded_at; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_internal ALTER COLUMN uploaded_at SET DEFAULT now();


--
-- Name: file_internal id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_internal ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_order uploaded_at; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_order ALTER COLUMN uploaded_at SET DEFAULT now();


--
-- Name: file_order id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_order ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_order_to_order attached_at; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_order_to_order ALTER COLUMN attached_at SET DEFAULT now();


--
-- Name: file_order_to_tx attached_at; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_order_to_tx ALTER COLUMN attached_at SET DEFAULT now();


--
-- Name: file_part uploaded_at; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_part ALTER COLUMN uploaded_at SET DEFAULT now();


--
-- Name: file_part id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_part ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_transaction uploaded_at; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_transaction ALTER COLUMN uploaded_at SET DEFAULT now();


--
-- Name: file_transaction id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_transaction ALTER COLUMN id SET DEFAULT nextval('public.file_base_id_seq'::regclass);


--
-- Name: file_tx_to_order attached_at; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_tx_to_order ALTER COLUMN attached_at SET DEFAULT now();


--
-- Name: inventory_report id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.inventory_report ALTER COLUMN id SET DEFAULT nextval('public.inventory_report_id_seq'::regclass);


--
-- Name: invoice id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoice ALTER COLUMN id SET DEFAULT nextval('public.invoice_id_seq'::regclass);


--
-- Name: invoice_note id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoice_note ALTER COLUMN id SET DEFAULT nextval('public.note_id_seq'::regclass);


--
-- Name: invoice_note vector; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoice_note ALTER COLUMN vector SET DEFAULT ''::tsvector;


--
-- Name: invoice_note created; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoice_note ALTER COLUMN created SET DEFAULT now();


--
-- Name: invoice_note created_by; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoice_note ALTER COLUMN created_by SET DEFAULT SESSION_USER;


--
-- Name: jcitems id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.jcitems ALTER COLUMN id SET DEFAULT nextval('public.jcitems_id_seq'::regclass);


--
-- Name: journal_entry id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_entry ALTER COLUMN id SET DEFAULT nextval('public.journal_entry_id_seq'::regclass);


--
-- Name: journal_line id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_line ALTER COLUMN id SET DEFAULT nextval('public.journal_line_id_seq'::regclass);


--
-- Name: journal_note id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_note ALTER COLUMN id SET DEFAULT nextval('public.note_id_seq'::regclass);


--
-- Name: journal_note vector; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_note ALTER COLUMN vector SET DEFAULT ''::tsvector;


--
-- Name: journal_note created; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_note ALTER COLUMN created SET DEFAULT now();


--
-- Name: journal_note created_by; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_note ALTER COLUMN created_by SET DEFAULT SESSION_USER;


--
-- Name: journal_type id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_type ALTER COLUMN id SET DEFAULT nextval('public.journal_type_id_seq'::regclass);


--
-- Name: location id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.location ALTER COLUMN id SET DEFAULT nextval('public.location_id_seq'::regclass);


--
-- Name: location_class id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.location_class ALTER COLUMN id SET DEFAULT nextval('public.location_class_id_seq'::regclass);


--
-- Name: location_class_to_entity_class id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.location_class_to_entity_class ALTER COLUMN id SET DEFAULT nextval('public.location_class_to_entity_class_id_seq'::regclass);


--
-- Name: menu_acl id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.menu_acl ALTER COLUMN id SET DEFAULT nextval('public.menu_acl_id_seq'::regclass);


--
-- Name: menu_attribute id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.menu_attribute ALTER COLUMN id SET DEFAULT nextval('public.menu_attribute_id_seq'::regclass);


--
-- Name: menu_node id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.menu_node ALTER COLUMN id SET DEFAULT nextval('public.menu_node_id_seq'::regclass);


--
-- Name: mfg_lot id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mfg_lot ALTER COLUMN id SET DEFAULT nextval('public.mfg_lot_id_seq'::regclass);


--
-- Name: mfg_lot_item id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mfg_lot_item ALTER COLUMN id SET DEFAULT nextval('public.mfg_lot_item_id_seq'::regclass);


--
-- Name: mime_type id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mime_type ALTER COLUMN id SET DEFAULT nextval('public.mime_type_id_seq'::regclass);


--
-- Name: new_shipto id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.new_shipto ALTER COLUMN id SET DEFAULT nextval('public.new_shipto_id_seq'::regclass);


--
-- Name: note id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.note ALTER COLUMN id SET DEFAULT nextval('public.note_id_seq'::regclass);


--
-- Name: note_class id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.note_class ALTER COLUMN id SET DEFAULT nextval('public.note_class_id_seq'::regclass);


--
-- Name: oe id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oe ALTER COLUMN id SET DEFAULT nextval('public.oe_id_seq'::regclass);


--
-- Name: open_forms id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.open_forms ALTER COLUMN id SET DEFAULT nextval('public.open_forms_id_seq'::regclass);


--
-- Name: orderitems id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orderitems ALTER COLUMN id SET DEFAULT nextval('public.orderitems_id_seq'::regclass);


--
-- Name: parts id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.parts ALTER COLUMN id SET DEFAULT nextval('public.parts_id_seq'::regclass);


--
-- Name: partscustomer entry_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partscustomer ALTER COLUMN entry_id SET DEFAULT nextval('public.partscustomer_entry_id_seq'::regclass);


--
-- Name: partsgroup id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partsgroup ALTER COLUMN id SET DEFAULT nextval('public.partsgroup_id_seq'::regclass);


--
-- Name: partsvendor entry_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partsvendor ALTER COLUMN entry_id SET DEFAULT nextval('public.partsvendor_entry_id_seq'::regclass);


--
-- Name: payment id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment ALTER COLUMN id SET DEFAULT nextval('public.payment_id_seq'::regclass);


--
-- Name: payment_type id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment_type ALTER COLUMN id SET DEFAULT nextval('public.payment_type_id_seq'::regclass);


--
-- Name: payroll_deduction entry_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_deduction ALTER COLUMN entry_id SET DEFAULT nextval('public.payroll_deduction_entry_id_seq'::regclass);


--
-- Name: payroll_deduction_type id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_deduction_type ALTER COLUMN id SET DEFAULT nextval('public.payroll_deduction_type_id_seq'::regclass);


--
-- Name: payroll_employee_class id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_employee_class ALTER COLUMN id SET DEFAULT nextval('public.payroll_employee_class_id_seq'::regclass);


--
-- Name: payroll_income_category id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_income_category ALTER COLUMN id SET DEFAULT nextval('public.payroll_income_category_id_seq'::regclass);


--
-- Name: payroll_income_type id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_income_type ALTER COLUMN id SET DEFAULT nextval('public.payroll_income_type_id_seq'::regclass);


--
-- Name: payroll_pto_class id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_pto_class ALTER COLUMN id SET DEFAULT nextval('public.payroll_pto_class_id_seq'::regclass);


--
-- Name: payroll_report id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_report ALTER COLUMN id SET DEFAULT nextval('public.payroll_report_id_seq'::regclass);


--
-- Name: payroll_report_line id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_report_line ALTER COLUMN id SET DEFAULT nextval('public.payroll_report_line_id_seq'::regclass);


--
-- Name: payroll_wage entry_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_wage ALTER COLUMN entry_id SET DEFAULT nextval('public.payroll_wage_entry_id_seq'::regclass);


--
-- Name: person id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person ALTER COLUMN id SET DEFAULT nextval('public.person_id_seq'::regclass);


--
-- Name: pricegroup id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pricegroup ALTER COLUMN id SET DEFAULT nextval('public.pricegroup_id_seq'::regclass);


--
-- Name: salutation id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.salutation ALTER COLUMN id SET DEFAULT nextval('public.salutation_id_seq'::regclass);


--
-- Name: session session_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.session ALTER COLUMN session_id SET DEFAULT nextval('public.session_session_id_seq'::regclass);


--
-- Name: taxcategory taxcategory_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.taxcategory ALTER COLUMN taxcategory_id SET DEFAULT nextval('public.taxcategory_taxcategory_id_seq'::regclass);


--
-- Name: taxmodule taxmodule_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.taxmodule ALTER COLUMN taxmodule_id SET DEFAULT nextval('public.taxmodule_taxmodule_id_seq'::regclass);


--
-- Name: template id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.template ALTER COLUMN id SET DEFAULT nextval('public.template_id_seq'::regclass);


--
-- Name: users id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users ALTER COLUMN id SET DEFAULT nextval('public.users_id_seq'::regclass);


--
-- Name: voucher id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.voucher ALTER COLUMN id SET DEFAULT nextval('public.voucher_id_seq'::regclass);


--
-- Name: warehouse id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.warehouse ALTER COLUMN id SET DEFAULT nextval('public.warehouse_id_seq'::regclass);


--
-- Name: warehouse_inventory entry_id; Type: DEFAULT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.warehouse_inventory ALTER COLUMN entry_id SET DEFAULT nextval('public.warehouse_inventory_entry_id_seq'::regclass);


--
-- Name: ac_tax_form ac_tax_form_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ac_tax_form
    ADD CONSTRAINT ac_tax_form_pkey PRIMARY KEY (entry_id);


--
-- Name: acc_trans acc_trans_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acc_trans
    ADD CONSTRAINT acc_trans_pkey PRIMARY KEY (entry_id);


--
-- Name: account_checkpoint account_checkpoint_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_checkpoint
    ADD CONSTRAINT account_checkpoint_id_key UNIQUE (id);


--
-- Name: account_checkpoint account_checkpoint_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_checkpoint
    ADD CONSTRAINT account_checkpoint_pkey PRIMARY KEY (end_date, account_id);


--
-- Name: account_heading account_heading_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_heading
    ADD CONSTRAINT account_heading_id_key UNIQUE (id);


--
-- Name: account_heading account_heading_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_heading
    ADD CONSTRAINT account_heading_pkey PRIMARY KEY (accno);


--
-- Name: account_heading_translation account_heading_translation_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_heading_translation
    ADD CONSTRAINT account_heading_translation_pkey PRIMARY KEY (trans_id, language_code);


--
-- Name: account account_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_id_key UNIQUE (id);


--
-- Name: account_link_description account_link_description_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_link_description
    ADD CONSTRAINT account_link_description_pkey PRIMARY KEY (description);


--
-- Name: account_link account_link_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_link
    ADD CONSTRAINT account_link_pkey PRIMARY KEY (account_id, description);


--
-- Name: account account_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_pkey PRIMARY KEY (accno);


--
-- Name: account_translation account_translation_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_translation
    ADD CONSTRAINT account_translation_pkey PRIMARY KEY (trans_id, language_code);


--
-- Name: ap ap_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ap
    ADD CONSTRAINT ap_pkey PRIMARY KEY (id);


--
-- Name: ar ar_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ar
    ADD CONSTRAINT ar_pkey PRIMARY KEY (id);


--
-- Name: assembly assembly_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.assembly
    ADD CONSTRAINT assembly_pkey PRIMARY KEY (id, parts_id);


--
-- Name: asset_class asset_class_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_class
    ADD CONSTRAINT asset_class_id_key UNIQUE (id);


--
-- Name: asset_class asset_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_class
    ADD CONSTRAINT asset_class_pkey PRIMARY KEY (label);


--
-- Name: asset_dep_method asset_dep_method_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_dep_method
    ADD CONSTRAINT asset_dep_method_id_key UNIQUE (id);


--
-- Name: asset_dep_method asset_dep_method_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_dep_method
    ADD CONSTRAINT asset_dep_method_pkey PRIMARY KEY (method);


--
-- Name: asset_dep_method asset_dep_method_short_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_dep_method
    ADD CONSTRAINT asset_dep_method_short_name_key UNIQUE (short_name);


--
-- Name: asset_dep_method asset_dep_method_sproc_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_dep_method
    ADD CONSTRAINT asset_dep_method_sproc_key UNIQUE (sproc);


--
-- Name: asset_disposal_method asset_disposal_method_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_disposal_method
    ADD CONSTRAINT asset_disposal_method_id_key UNIQUE (id);


--
-- Name: asset_disposal_method asset_disposal_method_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_disposal_method
    ADD CONSTRAINT asset_disposal_method_pkey PRIMARY KEY (label);


--
-- Name: asset_item asset_item_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_pkey PRIMARY KEY (id);


--
-- Name: asset_item asset_item_tag_obsolete_by_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_tag_obsolete_by_key UNIQUE (tag, obsolete_by);


--
-- Name: asset_report_class asset_report_class_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report_class
    ADD CONSTRAINT asset_report_class_id_key UNIQUE (id);


--
-- Name: asset_report_class asset_report_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report_class
    ADD CONSTRAINT asset_report_class_pkey PRIMARY KEY (class);


--
-- Name: asset_report asset_report_gl_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report
    ADD CONSTRAINT asset_report_gl_id_key UNIQUE (gl_id);


--
-- Name: asset_report_line asset_report_line_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report_line
    ADD CONSTRAINT asset_report_line_pkey PRIMARY KEY (asset_id, report_id);


--
-- Name: asset_report asset_report_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report
    ADD CONSTRAINT asset_report_pkey PRIMARY KEY (id);


--
-- Name: asset_rl_to_disposal_method asset_rl_to_disposal_method_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_rl_to_disposal_method
    ADD CONSTRAINT asset_rl_to_disposal_method_pkey PRIMARY KEY (report_id, asset_id, disposal_method_id);


--
-- Name: asset_unit_class asset_unit_class_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_unit_class
    ADD CONSTRAINT asset_unit_class_id_key UNIQUE (id);


--
-- Name: asset_unit_class asset_unit_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_unit_class
    ADD CONSTRAINT asset_unit_class_pkey PRIMARY KEY (class);


--
-- Name: audittrail audittrail_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audittrail
    ADD CONSTRAINT audittrail_pkey PRIMARY KEY (entry_id);


--
-- Name: batch_class batch_class_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.batch_class
    ADD CONSTRAINT batch_class_id_key UNIQUE (id);


--
-- Name: batch_class batch_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.batch_class
    ADD CONSTRAINT batch_class_pkey PRIMARY KEY (class);


--
-- Name: batch batch_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.batch
    ADD CONSTRAINT batch_pkey PRIMARY KEY (id);


--
-- Name: bu_class_to_module bu_class_to_module_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bu_class_to_module
    ADD CONSTRAINT bu_class_to_module_pkey PRIMARY KEY (bu_class_id, module_id);


--
-- Name: budget_info budget_info_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_info
    ADD CONSTRAINT budget_info_id_key UNIQUE (id);


--
-- Name: budget_info budget_info_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_info
    ADD CONSTRAINT budget_info_pkey PRIMARY KEY (reference);


--
-- Name: budget_line budget_line_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_line
    ADD CONSTRAINT budget_line_pkey PRIMARY KEY (budget_id, account_id);


--
-- Name: budget_note budget_note_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_note
    ADD CONSTRAINT budget_note_pkey PRIMARY KEY (id);


--
-- Name: budget_to_business_unit budget_to_business_unit_budget_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_to_business_unit
    ADD CONSTRAINT budget_to_business_unit_budget_id_key UNIQUE (budget_id);


--
-- Name: budget_to_business_unit budget_to_business_unit_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_to_business_unit
    ADD CONSTRAINT budget_to_business_unit_pkey PRIMARY KEY (budget_id, bu_class);


--
-- Name: business business_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business
    ADD CONSTRAINT business_pkey PRIMARY KEY (id);


--
-- Name: business_unit_ac business_unit_ac_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_ac
    ADD CONSTRAINT business_unit_ac_pkey PRIMARY KEY (bu_id, class_id, entry_id);


--
-- Name: business_unit business_unit_class_id_control_code_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit
    ADD CONSTRAINT business_unit_class_id_control_code_key UNIQUE (class_id, control_code);


--
-- Name: business_unit_class business_unit_class_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_class
    ADD CONSTRAINT business_unit_class_id_key UNIQUE (id);


--
-- Name: business_unit_class business_unit_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_class
    ADD CONSTRAINT business_unit_class_pkey PRIMARY KEY (label);


--
-- Name: business_unit business_unit_id_class_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit
    ADD CONSTRAINT business_unit_id_class_id_key UNIQUE (id, class_id);


--
-- Name: business_unit_inv business_unit_inv_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_inv
    ADD CONSTRAINT business_unit_inv_pkey PRIMARY KEY (bu_id, class_id, entry_id);


--
-- Name: business_unit_jl business_unit_jl_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_jl
    ADD CONSTRAINT business_unit_jl_pkey PRIMARY KEY (entry_id, bu_class);


--
-- Name: business_unit_oitem business_unit_oitem_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_oitem
    ADD CONSTRAINT business_unit_oitem_pkey PRIMARY KEY (bu_id, class_id, entry_id);


--
-- Name: business_unit business_unit_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit
    ADD CONSTRAINT business_unit_pkey PRIMARY KEY (id);


--
-- Name: business_unit_translation business_unit_translation_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_translation
    ADD CONSTRAINT business_unit_translation_pkey PRIMARY KEY (trans_id, language_code);


--
-- Name: company company_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.company
    ADD CONSTRAINT company_id_key UNIQUE (id);


--
-- Name: company company_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.company
    ADD CONSTRAINT company_pkey PRIMARY KEY (entity_id, legal_name);


--
-- Name: contact_class contact_class_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.contact_class
    ADD CONSTRAINT contact_class_id_key UNIQUE (id);


--
-- Name: contact_class contact_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.contact_class
    ADD CONSTRAINT contact_class_pkey PRIMARY KEY (class);


--
-- Name: country country_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.country
    ADD CONSTRAINT country_pkey PRIMARY KEY (id);


--
-- Name: country_tax_form country_tax_form_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.country_tax_form
    ADD CONSTRAINT country_tax_form_id_key UNIQUE (id);


--
-- Name: country_tax_form country_tax_form_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.country_tax_form
    ADD CONSTRAINT country_tax_form_pkey PRIMARY KEY (country_id, form_name);


--
-- Name: cr_coa_to_account cr_coa_to_account_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cr_coa_to_account
    ADD CONSTRAINT cr_coa_to_account_pkey PRIMARY KEY (chart_id);


--
-- Name: cr_report_line cr_report_line_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cr_report_line
    ADD CONSTRAINT cr_report_line_pkey PRIMARY KEY (id);


--
-- Name: cr_report cr_report_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cr_report
    ADD CONSTRAINT cr_report_pkey PRIMARY KEY (id);


--
-- Name: custom_field_catalog custom_field_catalog_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.custom_field_catalog
    ADD CONSTRAINT custom_field_catalog_pkey PRIMARY KEY (field_id);


--
-- Name: custom_table_catalog custom_table_catalog_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.custom_table_catalog
    ADD CONSTRAINT custom_table_catalog_pkey PRIMARY KEY (table_id);


--
-- Name: defaults defaults_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.defaults
    ADD CONSTRAINT defaults_pkey PRIMARY KEY (setting_key);


--
-- Name: eca_invoice eca_invoice_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_invoice
    ADD CONSTRAINT eca_invoice_pkey PRIMARY KEY (journal_id);


--
-- Name: eca_note eca_note_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_note
    ADD CONSTRAINT eca_note_pkey PRIMARY KEY (id);


--
-- Name: eca_tax eca_tax_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_tax
    ADD CONSTRAINT eca_tax_pkey PRIMARY KEY (eca_id, chart_id);


--
-- Name: eca_to_contact eca_to_contact_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_to_contact
    ADD CONSTRAINT eca_to_contact_pkey PRIMARY KEY (credit_id, contact_class_id, contact);


--
-- Name: eca_to_location eca_to_location_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_to_location
    ADD CONSTRAINT eca_to_location_pkey PRIMARY KEY (location_id, credit_id, location_class);


--
-- Name: employee_class employee_class_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.employee_class
    ADD CONSTRAINT employee_class_id_key UNIQUE (id);


--
-- Name: employee_class employee_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.employee_class
    ADD CONSTRAINT employee_class_pkey PRIMARY KEY (label);


--
-- Name: employee_to_ec employee_to_ec_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.employee_to_ec
    ADD CONSTRAINT employee_to_ec_pkey PRIMARY KEY (employee_id);


--
-- Name: entity_bank_account entity_bank_account_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_bank_account
    ADD CONSTRAINT entity_bank_account_id_key UNIQUE (id);


--
-- Name: entity_bank_account entity_bank_account_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_bank_account
    ADD CONSTRAINT entity_bank_account_pkey PRIMARY KEY (entity_id, bic, iban);


--
-- Name: entity_class entity_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_class
    ADD CONSTRAINT entity_class_pkey PRIMARY KEY (id);


--
-- Name: entity entity_control_code_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_control_code_key UNIQUE (control_code);


--
-- Name: entity_credit_account entity_credit_account_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_id_key UNIQUE (id);


--
-- Name: entity_credit_account entity_credit_account_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_pkey PRIMARY KEY (entity_id, meta_number, entity_class);


--
-- Name: entity_employee entity_employee_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_employee
    ADD CONSTRAINT entity_employee_pkey PRIMARY KEY (entity_id);


--
-- Name: entity entity_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_id_key UNIQUE (id);


--
-- Name: entity_note entity_note_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_note
    ADD CONSTRAINT entity_note_pkey PRIMARY KEY (id);


--
-- Name: entity_other_name entity_other_name_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_other_name
    ADD CONSTRAINT entity_other_name_pkey PRIMARY KEY (other_name, entity_id);


--
-- Name: entity entity_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_pkey PRIMARY KEY (control_code, entity_class);


--
-- Name: entity_to_contact entity_to_contact_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_to_contact
    ADD CONSTRAINT entity_to_contact_pkey PRIMARY KEY (entity_id, contact_class_id, contact);


--
-- Name: entity_to_location entity_to_location_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_to_location
    ADD CONSTRAINT entity_to_location_pkey PRIMARY KEY (location_id, entity_id, location_class);


--
-- Name: exchangerate exchangerate_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.exchangerate
    ADD CONSTRAINT exchangerate_pkey PRIMARY KEY (curr, transdate);


--
-- Name: file_base file_base_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_base
    ADD CONSTRAINT file_base_id_key UNIQUE (id);


--
-- Name: file_base file_base_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_base
    ADD CONSTRAINT file_base_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_class file_class_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_class
    ADD CONSTRAINT file_class_id_key UNIQUE (id);


--
-- Name: file_class file_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_class
    ADD CONSTRAINT file_class_pkey PRIMARY KEY (class);


--
-- Name: file_eca file_eca_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_eca
    ADD CONSTRAINT file_eca_id_key UNIQUE (id);


--
-- Name: file_eca file_eca_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_eca
    ADD CONSTRAINT file_eca_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_entity file_entity_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_entity
    ADD CONSTRAINT file_entity_id_key UNIQUE (id);


--
-- Name: file_entity file_entity_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_entity
    ADD CONSTRAINT file_entity_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_incoming file_incoming_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_incoming
    ADD CONSTRAINT file_incoming_id_key UNIQUE (id);


--
-- Name: file_incoming file_incoming_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_incoming
    ADD CONSTRAINT file_incoming_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_internal file_internal_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_internal
    ADD CONSTRAINT file_internal_id_key UNIQUE (id);


--
-- Name: file_internal file_internal_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_internal
    ADD CONSTRAINT file_internal_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_order file_order_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_order
    ADD CONSTRAINT file_order_id_key UNIQUE (id);


--
-- Name: file_order file_order_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_order
    ADD CONSTRAINT file_order_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_order_to_order file_order_to_order_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_order_to_order
    ADD CONSTRAINT file_order_to_order_pkey PRIMARY KEY (file_id, source_class, dest_class, ref_key);


--
-- Name: file_order_to_tx file_order_to_tx_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_order_to_tx
    ADD CONSTRAINT file_order_to_tx_pkey PRIMARY KEY (file_id, source_class, dest_class, ref_key);


--
-- Name: file_part file_part_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_part
    ADD CONSTRAINT file_part_id_key UNIQUE (id);


--
-- Name: file_part file_part_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_part
    ADD CONSTRAINT file_part_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_secondary_attachment file_secondary_attachment_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_secondary_attachment
    ADD CONSTRAINT file_secondary_attachment_pkey PRIMARY KEY (file_id, source_class, dest_class, ref_key);


--
-- Name: file_transaction file_transaction_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_transaction
    ADD CONSTRAINT file_transaction_id_key UNIQUE (id);


--
-- Name: file_transaction file_transaction_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_transaction
    ADD CONSTRAINT file_transaction_pkey PRIMARY KEY (ref_key, file_name, file_class);


--
-- Name: file_tx_to_order file_tx_to_order_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_tx_to_order
    ADD CONSTRAINT file_tx_to_order_pkey PRIMARY KEY (file_id, source_class, dest_class, ref_key);


--
-- Name: file_view_catalog file_view_catalog_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_view_catalog
    ADD CONSTRAINT file_view_catalog_pkey PRIMARY KEY (file_class);


--
-- Name: file_view_catalog file_view_catalog_view_name_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_view_catalog
    ADD CONSTRAINT file_view_catalog_view_name_key UNIQUE (view_name);


--
-- Name: fixes fixes_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.fixes
    ADD CONSTRAINT fixes_pkey PRIMARY KEY (checksum);


--
-- Name: gifi gifi_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gifi
    ADD CONSTRAINT gifi_pkey PRIMARY KEY (accno);


--
-- Name: gl gl_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gl
    ADD CONSTRAINT gl_pkey PRIMARY KEY (id);


--
-- Name: inventory_report_line inventory_report_line_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.inventory_report_line
    ADD CONSTRAINT inventory_report_line_pkey PRIMARY KEY (adjust_id, parts_id);


--
-- Name: inventory_report inventory_report_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.inventory_report
    ADD CONSTRAINT inventory_report_pkey PRIMARY KEY (id);


--
-- Name: invoice_note invoice_note_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoice_note
    ADD CONSTRAINT invoice_note_pkey PRIMARY KEY (id);


--
-- Name: invoice invoice_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoice
    ADD CONSTRAINT invoice_pkey PRIMARY KEY (id);


--
-- Name: invoice_tax_form invoice_tax_form_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoice_tax_form
    ADD CONSTRAINT invoice_tax_form_pkey PRIMARY KEY (invoice_id);


--
-- Name: jcitems jcitems_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.jcitems
    ADD CONSTRAINT jcitems_pkey PRIMARY KEY (id);


--
-- Name: jctype jctype_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.jctype
    ADD CONSTRAINT jctype_id_key UNIQUE (id);


--
-- Name: jctype jctype_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.jctype
    ADD CONSTRAINT jctype_pkey PRIMARY KEY (label);


--
-- Name: job job_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.job
    ADD CONSTRAINT job_pkey PRIMARY KEY (bu_id);


--
-- Name: journal_entry journal_entry_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_entry
    ADD CONSTRAINT journal_entry_pkey PRIMARY KEY (id);


--
-- Name: journal_line journal_line_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_line
    ADD CONSTRAINT journal_line_pkey PRIMARY KEY (id);


--
-- Name: journal_note journal_note_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_note
    ADD CONSTRAINT journal_note_pkey PRIMARY KEY (id);


--
-- Name: journal_type journal_type_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_type
    ADD CONSTRAINT journal_type_id_key UNIQUE (id);


--
-- Name: journal_type journal_type_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_type
    ADD CONSTRAINT journal_type_pkey PRIMARY KEY (name);


--
-- Name: language language_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.language
    ADD CONSTRAINT language_pkey PRIMARY KEY (code);


--
-- Name: location_class location_class_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.location_class
    ADD CONSTRAINT location_class_id_key UNIQUE (id);


--
-- Name: location_class location_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.location_class
    ADD CONSTRAINT location_class_pkey PRIMARY KEY (class, authoritative);


--
-- Name: location_class_to_entity_class location_class_to_entity_class_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.location_class_to_entity_class
    ADD CONSTRAINT location_class_to_entity_class_id_key UNIQUE (id);


--
-- Name: location location_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.location
    ADD CONSTRAINT location_pkey PRIMARY KEY (id);


--
-- Name: lsmb_group_grants lsmb_group_grants_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lsmb_group_grants
    ADD CONSTRAINT lsmb_group_grants_pkey PRIMARY KEY (group_name, granted_role);


--
-- Name: lsmb_group lsmb_group_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lsmb_group
    ADD CONSTRAINT lsmb_group_pkey PRIMARY KEY (role_name);


--
-- Name: lsmb_module lsmb_module_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lsmb_module
    ADD CONSTRAINT lsmb_module_id_key UNIQUE (id);


--
-- Name: lsmb_module lsmb_module_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lsmb_module
    ADD CONSTRAINT lsmb_module_pkey PRIMARY KEY (label);


--
-- Name: lsmb_sequence lsmb_sequence_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lsmb_sequence
    ADD CONSTRAINT lsmb_sequence_pkey PRIMARY KEY (label);


--
-- Name: makemodel makemodel_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.makemodel
    ADD CONSTRAINT makemodel_pkey PRIMARY KEY (parts_id, make, model);


--
-- Name: menu_acl menu_acl_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.menu_acl
    ADD CONSTRAINT menu_acl_pkey PRIMARY KEY (node_id, role_name);


--
-- Name: menu_attribute menu_attribute_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.menu_attribute
    ADD CONSTRAINT menu_attribute_pkey PRIMARY KEY (node_id, attribute);


--
-- Name: menu_node menu_node_parent_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.menu_node
    ADD CONSTRAINT menu_node_parent_key UNIQUE (parent, "position");


--
-- Name: menu_node menu_node_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.menu_node
    ADD CONSTRAINT menu_node_pkey PRIMARY KEY (id);


--
-- Name: mfg_lot mfg_lot_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mfg_lot
    ADD CONSTRAINT mfg_lot_id_key UNIQUE (id);


--
-- Name: mfg_lot_item mfg_lot_item_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mfg_lot_item
    ADD CONSTRAINT mfg_lot_item_id_key UNIQUE (id);


--
-- Name: mfg_lot mfg_lot_lot_number_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mfg_lot
    ADD CONSTRAINT mfg_lot_lot_number_key UNIQUE (lot_number);


--
-- Name: mime_type mime_type_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mime_type
    ADD CONSTRAINT mime_type_id_key UNIQUE (id);


--
-- Name: mime_type mime_type_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mime_type
    ADD CONSTRAINT mime_type_pkey PRIMARY KEY (mime_type);


--
-- Name: new_shipto new_shipto_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.new_shipto
    ADD CONSTRAINT new_shipto_pkey PRIMARY KEY (id);


--
-- Name: note_class note_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.note_class
    ADD CONSTRAINT note_class_pkey PRIMARY KEY (id);


--
-- Name: note note_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.note
    ADD CONSTRAINT note_pkey PRIMARY KEY (id);


--
-- Name: oe_class oe_class_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oe_class
    ADD CONSTRAINT oe_class_id_key UNIQUE (id);


--
-- Name: oe_class oe_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oe_class
    ADD CONSTRAINT oe_class_pkey PRIMARY KEY (oe_class);


--
-- Name: oe oe_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oe
    ADD CONSTRAINT oe_pkey PRIMARY KEY (id);


--
-- Name: open_forms open_forms_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.open_forms
    ADD CONSTRAINT open_forms_pkey PRIMARY KEY (id);


--
-- Name: orderitems orderitems_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.orderitems
    ADD CONSTRAINT orderitems_pkey PRIMARY KEY (id);


--
-- Name: parts parts_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.parts
    ADD CONSTRAINT parts_pkey PRIMARY KEY (id);


--
-- Name: parts_translation parts_translation_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.parts_translation
    ADD CONSTRAINT parts_translation_pkey PRIMARY KEY (trans_id, language_code);


--
-- Name: partscustomer partscustomer_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partscustomer
    ADD CONSTRAINT partscustomer_pkey PRIMARY KEY (entry_id);


--
-- Name: partsgroup partsgroup_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partsgroup
    ADD CONSTRAINT partsgroup_pkey PRIMARY KEY (id);


--
-- Name: partsgroup_translation partsgroup_translation_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partsgroup_translation
    ADD CONSTRAINT partsgroup_translation_pkey PRIMARY KEY (trans_id, language_code);


--
-- Name: partstax partstax_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partstax
    ADD CONSTRAINT partstax_pkey PRIMARY KEY (parts_id, chart_id);


--
-- Name: partsvendor partsvendor_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partsvendor
    ADD CONSTRAINT partsvendor_pkey PRIMARY KEY (entry_id);


--
-- Name: payment_map payment_map_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment_map
    ADD CONSTRAINT payment_map_pkey PRIMARY KEY (line_id);


--
-- Name: payment payment_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment
    ADD CONSTRAINT payment_pkey PRIMARY KEY (id);


--
-- Name: payment_type payment_type_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment_type
    ADD CONSTRAINT payment_type_id_key UNIQUE (id);


--
-- Name: payment_type payment_type_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment_type
    ADD CONSTRAINT payment_type_pkey PRIMARY KEY (label);


--
-- Name: payroll_deduction_class payroll_deduction_class_id_country_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_deduction_class
    ADD CONSTRAINT payroll_deduction_class_id_country_id_key UNIQUE (id, country_id);


--
-- Name: payroll_deduction_class payroll_deduction_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_deduction_class
    ADD CONSTRAINT payroll_deduction_class_pkey PRIMARY KEY (country_id, label);


--
-- Name: payroll_deduction payroll_deduction_entry_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_deduction
    ADD CONSTRAINT payroll_deduction_entry_id_key UNIQUE (entry_id);


--
-- Name: payroll_deduction payroll_deduction_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_deduction
    ADD CONSTRAINT payroll_deduction_pkey PRIMARY KEY (entity_id, type_id);


--
-- Name: payroll_deduction_type payroll_deduction_type_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_deduction_type
    ADD CONSTRAINT payroll_deduction_type_id_key UNIQUE (id);


--
-- Name: payroll_employee_class payroll_employee_class_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_employee_class
    ADD CONSTRAINT payroll_employee_class_id_key UNIQUE (id);


--
-- Name: payroll_employee_class payroll_employee_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_employee_class
    ADD CONSTRAINT payroll_employee_class_pkey PRIMARY KEY (label);


--
-- Name: payroll_employee_class_to_income_type payroll_employee_class_to_income_type_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_employee_class_to_income_type
    ADD CONSTRAINT payroll_employee_class_to_income_type_pkey PRIMARY KEY (ec_id, it_id);


--
-- Name: payroll_income_category payroll_income_category_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_income_category
    ADD CONSTRAINT payroll_income_category_id_key UNIQUE (id);


--
-- Name: payroll_income_class payroll_income_class_id_country_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_income_class
    ADD CONSTRAINT payroll_income_class_id_country_id_key UNIQUE (id, country_id);


--
-- Name: payroll_income_class payroll_income_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_income_class
    ADD CONSTRAINT payroll_income_class_pkey PRIMARY KEY (country_id, label);


--
-- Name: payroll_income_type payroll_income_type_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_income_type
    ADD CONSTRAINT payroll_income_type_id_key UNIQUE (id);


--
-- Name: payroll_pto_class payroll_pto_class_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_pto_class
    ADD CONSTRAINT payroll_pto_class_id_key UNIQUE (id);


--
-- Name: payroll_pto_class payroll_pto_class_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_pto_class
    ADD CONSTRAINT payroll_pto_class_pkey PRIMARY KEY (label);


--
-- Name: payroll_report_line payroll_report_line_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_report_line
    ADD CONSTRAINT payroll_report_line_id_key UNIQUE (id);


--
-- Name: payroll_report_line payroll_report_line_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_report_line
    ADD CONSTRAINT payroll_report_line_pkey PRIMARY KEY (it_id, employee_id, report_id);


--
-- Name: payroll_report payroll_report_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_report
    ADD CONSTRAINT payroll_report_pkey PRIMARY KEY (id);


--
-- Name: payroll_wage payroll_wage_entry_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_wage
    ADD CONSTRAINT payroll_wage_entry_id_key UNIQUE (entry_id);


--
-- Name: payroll_wage payroll_wage_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_wage
    ADD CONSTRAINT payroll_wage_pkey PRIMARY KEY (entity_id, type_id);


--
-- Name: person person_entity_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_entity_id_key UNIQUE (entity_id);


--
-- Name: person person_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_pkey PRIMARY KEY (id);


--
-- Name: person_to_company person_to_company_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person_to_company
    ADD CONSTRAINT person_to_company_pkey PRIMARY KEY (location_id, person_id);


--
-- Name: pricegroup pricegroup_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.pricegroup
    ADD CONSTRAINT pricegroup_pkey PRIMARY KEY (id);


--
-- Name: recurring recurring_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.recurring
    ADD CONSTRAINT recurring_id_key UNIQUE (id);


--
-- Name: recurringemail recurringemail_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.recurringemail
    ADD CONSTRAINT recurringemail_pkey PRIMARY KEY (id, formname);


--
-- Name: recurringprint recurringprint_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.recurringprint
    ADD CONSTRAINT recurringprint_pkey PRIMARY KEY (id, formname);


--
-- Name: salutation salutation_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.salutation
    ADD CONSTRAINT salutation_id_key UNIQUE (id);


--
-- Name: salutation salutation_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.salutation
    ADD CONSTRAINT salutation_pkey PRIMARY KEY (salutation);


--
-- Name: session session_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.session
    ADD CONSTRAINT session_pkey PRIMARY KEY (session_id);


--
-- Name: sic sic_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.sic
    ADD CONSTRAINT sic_pkey PRIMARY KEY (code);


--
-- Name: status status_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.status
    ADD CONSTRAINT status_pkey PRIMARY KEY (trans_id, formname);


--
-- Name: tax_extended tax_extended_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tax_extended
    ADD CONSTRAINT tax_extended_pkey PRIMARY KEY (entry_id);


--
-- Name: tax tax_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tax
    ADD CONSTRAINT tax_pkey PRIMARY KEY (chart_id, validto);


--
-- Name: taxcategory taxcategory_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.taxcategory
    ADD CONSTRAINT taxcategory_pkey PRIMARY KEY (taxcategory_id);


--
-- Name: taxmodule taxmodule_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.taxmodule
    ADD CONSTRAINT taxmodule_pkey PRIMARY KEY (taxmodule_id);


--
-- Name: template template_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.template
    ADD CONSTRAINT template_id_key UNIQUE (id);


--
-- Name: template template_template_name_language_code_format_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.template
    ADD CONSTRAINT template_template_name_language_code_format_key UNIQUE (template_name, language_code, format);


--
-- Name: transactions transactions_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_pkey PRIMARY KEY (id);


--
-- Name: translation translation_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.translation
    ADD CONSTRAINT translation_pkey PRIMARY KEY (trans_id, language_code);


--
-- Name: trial_balance__yearend_types trial_balance__yearend_types_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.trial_balance__yearend_types
    ADD CONSTRAINT trial_balance__yearend_types_pkey PRIMARY KEY (type);


--
-- Name: user_preference user_preference_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_preference
    ADD CONSTRAINT user_preference_pkey PRIMARY KEY (id);


--
-- Name: users users_id_key; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_id_key UNIQUE (id);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (username);


--
-- Name: voucher voucher_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.voucher
    ADD CONSTRAINT voucher_pkey PRIMARY KEY (id);


--
-- Name: warehouse_inventory warehouse_inventory_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.warehouse_inventory
    ADD CONSTRAINT warehouse_inventory_pkey PRIMARY KEY (entry_id);


--
-- Name: warehouse warehouse_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.warehouse
    ADD CONSTRAINT warehouse_pkey PRIMARY KEY (id);


--
-- Name: yearend yearend_pkey; Type: CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.yearend
    ADD CONSTRAINT yearend_pkey PRIMARY KEY (trans_id);


--
-- Name: acc_trans_voucher_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX acc_trans_voucher_id_idx ON public.acc_trans USING btree (voucher_id);


--
-- Name: ar_invnumber_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX ar_invnumber_key ON public.ar USING btree (invnumber) WHERE (invnumber IS NOT NULL);


--
-- Name: assembly_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX assembly_id_key ON public.assembly USING btree (id);


--
-- Name: asset_item_active_tag_u; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX asset_item_active_tag_u ON public.asset_item USING btree (tag) WHERE (obsolete_by IS NULL);


--
-- Name: audittrail_trans_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX audittrail_trans_id_key ON public.audittrail USING btree (trans_id);


--
-- Name: business_unit_ac_entry_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX business_unit_ac_entry_id_idx ON public.business_unit_ac USING btree (entry_id);


--
-- Name: business_unit_inv_entry_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX business_unit_inv_entry_id_idx ON public.business_unit_inv USING btree (entry_id);


--
-- Name: business_unit_oitem_entry_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX business_unit_oitem_entry_id_idx ON public.business_unit_oitem USING btree (entry_id);


--
-- Name: contact_class_class_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX contact_class_class_idx ON public.contact_class USING btree (lower(class));


--
-- Name: country_name_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX country_name_idx ON public.country USING btree (lower(name));


--
-- Name: eca_to_location_billing_u; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX eca_to_location_billing_u ON public.eca_to_location USING btree (credit_id) WHERE (location_class = 1);


--
-- Name: entity_class_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX entity_class_idx ON public.entity_class USING btree (lower(class));


--
-- Name: entity_credit_ar_accno_idx_u; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX entity_credit_ar_accno_idx_u ON public.entity_credit_account USING btree (meta_number) WHERE (entity_class = 2);


--
-- Name: INDEX entity_credit_ar_accno_idx_u; Type: COMMENT; Schema: public; Owner: postgres
--

COMMENT ON INDEX public.entity_credit_ar_accno_idx_u IS 'This index is used to ensure that AR accounts are not reused.';


--
-- Name: entity_note_class_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX entity_note_class_idx ON public.note_class USING btree (lower(class));


--
-- Name: entity_note_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX entity_note_id_idx ON public.entity_note USING btree (id);


--
-- Name: entity_note_vectors_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX entity_note_vectors_idx ON public.entity_note USING gist (vector);


--
-- Name: exchangerate_ct_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX exchangerate_ct_key ON public.exchangerate USING btree (curr, transdate);


--
-- Name: gifi_accno_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX gifi_accno_key ON public.gifi USING btree (accno);


--
-- Name: invoice_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX invoice_id_key ON public.invoice USING btree (id);


--
-- Name: invoice_note_class_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX invoice_note_class_idx ON public.note_class USING btree (lower(class));


--
-- Name: invoice_note_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX invoice_note_id_idx ON public.invoice_note USING btree (id);


--
-- Name: invoice_note_vectors_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX invoice_note_vectors_idx ON public.invoice_note USING gist (vector);


--
-- Name: invoice_trans_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX invoice_trans_id_key ON public.invoice USING btree (trans_id);


--
-- Name: jcitems_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX jcitems_id_key ON public.jcitems USING btree (id);


--
-- Name: je_unique_source; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX je_unique_source ON public.journal_entry USING btree (journal, reference) WHERE (journal = ANY (ARRAY[1, 2]));


--
-- Name: language_code_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX language_code_key ON public.language USING btree (code);


--
-- Name: lower_class_unique; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX lower_class_unique ON public.location_class USING btree (lower(class));


--
-- Name: makemodel_make_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX makemodel_make_key ON public.makemodel USING btree (lower(make));


--
-- Name: makemodel_model_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX makemodel_model_key ON public.makemodel USING btree (lower(model));


--
-- Name: makemodel_parts_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX makemodel_parts_id_key ON public.makemodel USING btree (parts_id);


--
-- Name: menu_acl_node_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX menu_acl_node_id_idx ON public.menu_acl USING btree (node_id);


--
-- Name: note_class_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX note_class_idx ON public.note_class USING btree (lower(class));


--
-- Name: oe_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX oe_id_key ON public.oe USING btree (id);


--
-- Name: oe_ordnumber_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX oe_ordnumber_key ON public.oe USING btree (ordnumber);


--
-- Name: oe_transdate_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX oe_transdate_key ON public.oe USING btree (transdate);


--
-- Name: orderitems_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX orderitems_id_key ON public.orderitems USING btree (id);


--
-- Name: orderitems_trans_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX orderitems_trans_id_key ON public.orderitems USING btree (trans_id);


--
-- Name: parts_description_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX parts_description_key ON public.parts USING btree (lower(description));


--
-- Name: parts_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX parts_id_key ON public.parts USING btree (id);


--
-- Name: parts_partnumber_index_u; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX parts_partnumber_index_u ON public.parts USING btree (partnumber) WHERE (obsolete IS FALSE);


--
-- Name: parts_partnumber_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX parts_partnumber_key ON public.parts USING btree (lower(partnumber));


--
-- Name: partsgroup_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX partsgroup_id_key ON public.partsgroup USING btree (id);


--
-- Name: partsgroup_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX partsgroup_key ON public.partsgroup USING btree (partsgroup);


--
-- Name: partstax_parts_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX partstax_parts_id_key ON public.partstax USING btree (parts_id);


--
-- Name: partsvendor_parts_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX partsvendor_parts_id_key ON public.partsvendor USING btree (parts_id);


--
-- Name: payment_id_idx; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX payment_id_idx ON public.payment USING btree (id);


--
-- Name: pricegroup_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX pricegroup_id_key ON public.pricegroup USING btree (id);


--
-- Name: pricegroup_pricegroup_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX pricegroup_pricegroup_key ON public.pricegroup USING btree (pricegroup);


--
-- Name: status_trans_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX status_trans_id_key ON public.status USING btree (trans_id);


--
-- Name: template_name_idx_u; Type: INDEX; Schema: public; Owner: postgres
--

CREATE UNIQUE INDEX template_name_idx_u ON public.template USING btree (template_name, format) WHERE (language_code IS NULL);


--
-- Name: transactions_locked_by_i; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX transactions_locked_by_i ON public.transactions USING btree (locked_by);


--
-- Name: translation_trans_id_key; Type: INDEX; Schema: public; Owner: postgres
--

CREATE INDEX translation_trans_id_key ON public.translation USING btree (trans_id);


--
-- Name: file_secondary_attachment file_sec_insert_oe_oe; Type: RULE; Schema: public; Owner: postgres
--

CREATE RULE file_sec_insert_oe_oe AS
    ON INSERT TO public.file_secondary_attachment
   WHERE ((new.source_class = 2) AND (new.dest_class = 2)) DO INSTEAD  INSERT INTO public.file_order_to_order (file_id, source_class, ref_key, dest_class, attached_by, attached_at)
  VALUES (new.file_id, 2, new.ref_key, 2, new.attached_by, COALESCE((new.attached_at)::timestamp with time zone, now()));


--
-- Name: file_secondary_attachment file_sec_insert_oe_tx; Type: RULE; Schema: public; Owner: postgres
--

CREATE RULE file_sec_insert_oe_tx AS
    ON INSERT TO public.file_secondary_attachment
   WHERE ((new.source_class = 2) AND (new.dest_class = 1)) DO INSTEAD  INSERT INTO public.file_order_to_order (file_id, source_class, ref_key, dest_class, attached_by, attached_at)
  VALUES (new.file_id, 2, new.ref_key, 1, new.attached_by, COALESCE((new.attached_at)::timestamp with time zone, now()));


--
-- Name: file_secondary_attachment file_sec_insert_tx_oe; Type: RULE; Schema: public; Owner: postgres
--

CREATE RULE file_sec_insert_tx_oe AS
    ON INSERT TO public.file_secondary_attachment
   WHERE ((new.source_class = 1) AND (new.dest_class = 2)) DO INSTEAD  INSERT INTO public.file_tx_to_order (file_id, source_class, ref_key, dest_class, attached_by, attached_at)
  VALUES (new.file_id, 1, new.ref_key, 2, new.attached_by, COALESCE((new.attached_at)::timestamp with time zone, now()));


--
-- Name: acc_trans acc_trans_prevent_closed; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER acc_trans_prevent_closed BEFORE INSERT ON public.acc_trans FOR EACH ROW EXECUTE FUNCTION public.prevent_closed_transactions();


--
-- Name: ap ap_audit_trail; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER ap_audit_trail AFTER INSERT OR DELETE OR UPDATE ON public.ap FOR EACH ROW EXECUTE FUNCTION public.gl_audit_trail_append();


--
-- Name: ap ap_prevent_closed; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER ap_prevent_closed BEFORE INSERT ON public.ap FOR EACH ROW EXECUTE FUNCTION public.prevent_closed_transactions();


--
-- Name: ap ap_track_global_sequence; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER ap_track_global_sequence BEFORE INSERT OR UPDATE ON public.ap FOR EACH ROW EXECUTE FUNCTION public.track_global_sequence();


--
-- Name: ar ar_audit_trail; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER ar_audit_trail AFTER INSERT OR DELETE OR UPDATE ON public.ar FOR EACH ROW EXECUTE FUNCTION public.gl_audit_trail_append();


--
-- Name: ar ar_prevent_closed; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER ar_prevent_closed BEFORE INSERT ON public.ar FOR EACH ROW EXECUTE FUNCTION public.prevent_closed_transactions();


--
-- Name: ar ar_track_global_sequence; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER ar_track_global_sequence BEFORE INSERT OR UPDATE ON public.ar FOR EACH ROW EXECUTE FUNCTION public.track_global_sequence();


--
-- Name: gl gl_audit_trail; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER gl_audit_trail AFTER INSERT OR DELETE OR UPDATE ON public.gl FOR EACH ROW EXECUTE FUNCTION public.gl_audit_trail_append();


--
-- Name: gl gl_prevent_closed; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER gl_prevent_closed BEFORE INSERT ON public.gl FOR EACH ROW EXECUTE FUNCTION public.prevent_closed_transactions();


--
-- Name: gl gl_track_global_sequence; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER gl_track_global_sequence BEFORE INSERT OR UPDATE ON public.gl FOR EACH ROW EXECUTE FUNCTION public.track_global_sequence();


--
-- Name: journal_entry je_audit_trail; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER je_audit_trail AFTER INSERT OR DELETE OR UPDATE ON public.journal_entry FOR EACH ROW EXECUTE FUNCTION public.gl_audit_trail_append();


--
-- Name: parts parts_short; Type: TRIGGER; Schema: public; Owner: postgres
--

CREATE TRIGGER parts_short AFTER UPDATE ON public.parts FOR EACH ROW EXECUTE FUNCTION public.trigger_parts_short();


--
-- Name: ac_tax_form ac_tax_form_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ac_tax_form
    ADD CONSTRAINT ac_tax_form_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.acc_trans(entry_id);


--
-- Name: acc_trans acc_trans_chart_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acc_trans
    ADD CONSTRAINT acc_trans_chart_id_fkey FOREIGN KEY (chart_id) REFERENCES public.account(id);


--
-- Name: acc_trans acc_trans_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acc_trans
    ADD CONSTRAINT acc_trans_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.transactions(id);


--
-- Name: acc_trans acc_trans_voucher_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.acc_trans
    ADD CONSTRAINT acc_trans_voucher_id_fkey FOREIGN KEY (voucher_id) REFERENCES public.voucher(id);


--
-- Name: account_checkpoint account_checkpoint_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_checkpoint
    ADD CONSTRAINT account_checkpoint_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);


--
-- Name: account account_heading_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account
    ADD CONSTRAINT account_heading_fkey FOREIGN KEY (heading) REFERENCES public.account_heading(id);


--
-- Name: account_heading account_heading_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_heading
    ADD CONSTRAINT account_heading_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.account_heading(id);


--
-- Name: account_heading_translation account_heading_translation_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_heading_translation
    ADD CONSTRAINT account_heading_translation_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.account_heading(id);


--
-- Name: account_link account_link_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_link
    ADD CONSTRAINT account_link_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id) ON DELETE CASCADE;


--
-- Name: account_link account_link_description_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_link
    ADD CONSTRAINT account_link_description_fkey FOREIGN KEY (description) REFERENCES public.account_link_description(description);


--
-- Name: account_translation account_translation_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.account_translation
    ADD CONSTRAINT account_translation_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.account(id);


--
-- Name: ap ap_entity_credit_account_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ap
    ADD CONSTRAINT ap_entity_credit_account_fkey FOREIGN KEY (entity_credit_account) REFERENCES public.entity_credit_account(id);


--
-- Name: ap ap_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ap
    ADD CONSTRAINT ap_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: ap ap_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ap
    ADD CONSTRAINT ap_id_fkey FOREIGN KEY (id) REFERENCES public.transactions(id);


--
-- Name: ap ap_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ap
    ADD CONSTRAINT ap_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.entity_employee(entity_id);


--
-- Name: ar ar_entity_credit_account_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ar
    ADD CONSTRAINT ar_entity_credit_account_fkey FOREIGN KEY (entity_credit_account) REFERENCES public.entity_credit_account(id);


--
-- Name: ar ar_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ar
    ADD CONSTRAINT ar_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: ar ar_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ar
    ADD CONSTRAINT ar_id_fkey FOREIGN KEY (id) REFERENCES public.transactions(id);


--
-- Name: ar ar_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.ar
    ADD CONSTRAINT ar_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.entity_employee(entity_id);


--
-- Name: assembly assembly_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.assembly
    ADD CONSTRAINT assembly_id_fkey FOREIGN KEY (id) REFERENCES public.parts(id) ON DELETE CASCADE;


--
-- Name: assembly assembly_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.assembly
    ADD CONSTRAINT assembly_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id);


--
-- Name: asset_class asset_class_asset_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_class
    ADD CONSTRAINT asset_class_asset_account_id_fkey FOREIGN KEY (asset_account_id) REFERENCES public.account(id);


--
-- Name: asset_class asset_class_dep_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_class
    ADD CONSTRAINT asset_class_dep_account_id_fkey FOREIGN KEY (dep_account_id) REFERENCES public.account(id);


--
-- Name: asset_class asset_class_method_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_class
    ADD CONSTRAINT asset_class_method_fkey FOREIGN KEY (method) REFERENCES public.asset_dep_method(id);


--
-- Name: asset_dep_method asset_dep_method_unit_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_dep_method
    ADD CONSTRAINT asset_dep_method_unit_class_fkey FOREIGN KEY (unit_class) REFERENCES public.asset_unit_class(id);


--
-- Name: asset_item asset_item_asset_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_asset_account_id_fkey FOREIGN KEY (asset_account_id) REFERENCES public.account(id);


--
-- Name: asset_item asset_item_asset_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_asset_class_id_fkey FOREIGN KEY (asset_class_id) REFERENCES public.asset_class(id);


--
-- Name: asset_item asset_item_dep_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_dep_account_id_fkey FOREIGN KEY (dep_account_id) REFERENCES public.account(id);


--
-- Name: asset_item asset_item_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.business_unit(id);


--
-- Name: asset_item asset_item_exp_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_exp_account_id_fkey FOREIGN KEY (exp_account_id) REFERENCES public.account(id);


--
-- Name: asset_item asset_item_invoice_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES public.eca_invoice(journal_id);


--
-- Name: asset_item asset_item_location_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_location_id_fkey FOREIGN KEY (location_id) REFERENCES public.warehouse(id);


--
-- Name: asset_item asset_item_obsolete_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_item
    ADD CONSTRAINT asset_item_obsolete_by_fkey FOREIGN KEY (obsolete_by) REFERENCES public.asset_item(id);


--
-- Name: asset_note asset_note_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_note
    ADD CONSTRAINT asset_note_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.asset_item(id);


--
-- Name: asset_report asset_report_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report
    ADD CONSTRAINT asset_report_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.entity(id);


--
-- Name: asset_report asset_report_asset_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report
    ADD CONSTRAINT asset_report_asset_class_fkey FOREIGN KEY (asset_class) REFERENCES public.asset_class(id);


--
-- Name: asset_report asset_report_entered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report
    ADD CONSTRAINT asset_report_entered_by_fkey FOREIGN KEY (entered_by) REFERENCES public.entity(id);


--
-- Name: asset_report asset_report_gl_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report
    ADD CONSTRAINT asset_report_gl_id_fkey FOREIGN KEY (gl_id) REFERENCES public.gl(id);


--
-- Name: asset_report_line asset_report_line_asset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report_line
    ADD CONSTRAINT asset_report_line_asset_id_fkey FOREIGN KEY (asset_id) REFERENCES public.asset_item(id);


--
-- Name: asset_report_line asset_report_line_department_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report_line
    ADD CONSTRAINT asset_report_line_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.business_unit(id);


--
-- Name: asset_report_line asset_report_line_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report_line
    ADD CONSTRAINT asset_report_line_report_id_fkey FOREIGN KEY (report_id) REFERENCES public.asset_report(id);


--
-- Name: asset_report_line asset_report_line_warehouse_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report_line
    ADD CONSTRAINT asset_report_line_warehouse_id_fkey FOREIGN KEY (warehouse_id) REFERENCES public.warehouse(id);


--
-- Name: asset_report asset_report_report_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_report
    ADD CONSTRAINT asset_report_report_class_fkey FOREIGN KEY (report_class) REFERENCES public.asset_report_class(id);


--
-- Name: asset_rl_to_disposal_method asset_rl_to_disposal_method_asset_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_rl_to_disposal_method
    ADD CONSTRAINT asset_rl_to_disposal_method_asset_id_fkey FOREIGN KEY (asset_id) REFERENCES public.asset_item(id);


--
-- Name: asset_rl_to_disposal_method asset_rl_to_disposal_method_disposal_method_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_rl_to_disposal_method
    ADD CONSTRAINT asset_rl_to_disposal_method_disposal_method_id_fkey FOREIGN KEY (disposal_method_id) REFERENCES public.asset_disposal_method(id);


--
-- Name: asset_rl_to_disposal_method asset_rl_to_disposal_method_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.asset_rl_to_disposal_method
    ADD CONSTRAINT asset_rl_to_disposal_method_report_id_fkey FOREIGN KEY (report_id) REFERENCES public.asset_report(id);


--
-- Name: audittrail audittrail_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.audittrail
    ADD CONSTRAINT audittrail_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(entity_id);


--
-- Name: batch batch_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.batch
    ADD CONSTRAINT batch_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.entity_employee(entity_id);


--
-- Name: batch batch_batch_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.batch
    ADD CONSTRAINT batch_batch_class_id_fkey FOREIGN KEY (batch_class_id) REFERENCES public.batch_class(id);


--
-- Name: batch batch_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.batch
    ADD CONSTRAINT batch_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.entity_employee(entity_id);


--
-- Name: batch batch_locked_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.batch
    ADD CONSTRAINT batch_locked_by_fkey FOREIGN KEY (locked_by) REFERENCES public.session(session_id) ON DELETE SET NULL;


--
-- Name: bu_class_to_module bu_class_to_module_bu_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bu_class_to_module
    ADD CONSTRAINT bu_class_to_module_bu_class_id_fkey FOREIGN KEY (bu_class_id) REFERENCES public.business_unit_class(id);


--
-- Name: bu_class_to_module bu_class_to_module_module_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.bu_class_to_module
    ADD CONSTRAINT bu_class_to_module_module_id_fkey FOREIGN KEY (module_id) REFERENCES public.lsmb_module(id);


--
-- Name: budget_info budget_info_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_info
    ADD CONSTRAINT budget_info_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.entity(id);


--
-- Name: budget_info budget_info_entered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_info
    ADD CONSTRAINT budget_info_entered_by_fkey FOREIGN KEY (entered_by) REFERENCES public.entity(id);


--
-- Name: budget_info budget_info_obsolete_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_info
    ADD CONSTRAINT budget_info_obsolete_by_fkey FOREIGN KEY (obsolete_by) REFERENCES public.entity(id);


--
-- Name: budget_line budget_line_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_line
    ADD CONSTRAINT budget_line_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);


--
-- Name: budget_line budget_line_budget_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_line
    ADD CONSTRAINT budget_line_budget_id_fkey FOREIGN KEY (budget_id) REFERENCES public.budget_info(id);


--
-- Name: budget_note budget_note_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_note
    ADD CONSTRAINT budget_note_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.budget_info(id);


--
-- Name: budget_to_business_unit budget_to_business_unit_bu_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_to_business_unit
    ADD CONSTRAINT budget_to_business_unit_bu_class_fkey FOREIGN KEY (bu_class) REFERENCES public.business_unit_class(id);


--
-- Name: budget_to_business_unit budget_to_business_unit_bu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_to_business_unit
    ADD CONSTRAINT budget_to_business_unit_bu_id_fkey FOREIGN KEY (bu_id) REFERENCES public.business_unit(id);


--
-- Name: budget_to_business_unit budget_to_business_unit_budget_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.budget_to_business_unit
    ADD CONSTRAINT budget_to_business_unit_budget_id_fkey FOREIGN KEY (budget_id) REFERENCES public.budget_info(id);


--
-- Name: business_unit_ac business_unit_ac_class_id_bu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_ac
    ADD CONSTRAINT business_unit_ac_class_id_bu_id_fkey FOREIGN KEY (class_id, bu_id) REFERENCES public.business_unit(class_id, id);


--
-- Name: business_unit_ac business_unit_ac_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_ac
    ADD CONSTRAINT business_unit_ac_class_id_fkey FOREIGN KEY (class_id) REFERENCES public.business_unit_class(id);


--
-- Name: business_unit_ac business_unit_ac_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_ac
    ADD CONSTRAINT business_unit_ac_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.acc_trans(entry_id) ON DELETE CASCADE;


--
-- Name: business_unit business_unit_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit
    ADD CONSTRAINT business_unit_class_id_fkey FOREIGN KEY (class_id) REFERENCES public.business_unit_class(id);


--
-- Name: business_unit business_unit_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit
    ADD CONSTRAINT business_unit_credit_id_fkey FOREIGN KEY (credit_id) REFERENCES public.entity_credit_account(id);


--
-- Name: business_unit_inv business_unit_inv_class_id_bu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_inv
    ADD CONSTRAINT business_unit_inv_class_id_bu_id_fkey FOREIGN KEY (class_id, bu_id) REFERENCES public.business_unit(class_id, id);


--
-- Name: business_unit_inv business_unit_inv_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_inv
    ADD CONSTRAINT business_unit_inv_class_id_fkey FOREIGN KEY (class_id) REFERENCES public.business_unit_class(id);


--
-- Name: business_unit_inv business_unit_inv_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_inv
    ADD CONSTRAINT business_unit_inv_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.invoice(id) ON DELETE CASCADE;


--
-- Name: business_unit_jl business_unit_jl_bu_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_jl
    ADD CONSTRAINT business_unit_jl_bu_class_fkey FOREIGN KEY (bu_class) REFERENCES public.business_unit_class(id);


--
-- Name: business_unit_jl business_unit_jl_bu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_jl
    ADD CONSTRAINT business_unit_jl_bu_id_fkey FOREIGN KEY (bu_id) REFERENCES public.business_unit(id);


--
-- Name: business_unit_jl business_unit_jl_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_jl
    ADD CONSTRAINT business_unit_jl_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.journal_line(id);


--
-- Name: business_unit_oitem business_unit_oitem_class_id_bu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_oitem
    ADD CONSTRAINT business_unit_oitem_class_id_bu_id_fkey FOREIGN KEY (class_id, bu_id) REFERENCES public.business_unit(class_id, id);


--
-- Name: business_unit_oitem business_unit_oitem_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_oitem
    ADD CONSTRAINT business_unit_oitem_class_id_fkey FOREIGN KEY (class_id) REFERENCES public.business_unit_class(id);


--
-- Name: business_unit_oitem business_unit_oitem_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_oitem
    ADD CONSTRAINT business_unit_oitem_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.orderitems(id) ON DELETE CASCADE;


--
-- Name: business_unit business_unit_parent_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit
    ADD CONSTRAINT business_unit_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.business_unit(id);


--
-- Name: business_unit_translation business_unit_translation_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.business_unit_translation
    ADD CONSTRAINT business_unit_translation_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.business_unit(id);


--
-- Name: company company_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.company
    ADD CONSTRAINT company_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: country_tax_form country_tax_form_country_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.country_tax_form
    ADD CONSTRAINT country_tax_form_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.country(id);


--
-- Name: cr_coa_to_account cr_coa_to_account_chart_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cr_coa_to_account
    ADD CONSTRAINT cr_coa_to_account_chart_id_fkey FOREIGN KEY (chart_id) REFERENCES public.account(id);


--
-- Name: cr_report cr_report_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cr_report
    ADD CONSTRAINT cr_report_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.entity(id);


--
-- Name: cr_report cr_report_chart_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cr_report
    ADD CONSTRAINT cr_report_chart_id_fkey FOREIGN KEY (chart_id) REFERENCES public.account(id);


--
-- Name: cr_report cr_report_deleted_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cr_report
    ADD CONSTRAINT cr_report_deleted_by_fkey FOREIGN KEY (deleted_by) REFERENCES public.entity(id);


--
-- Name: cr_report cr_report_entered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cr_report
    ADD CONSTRAINT cr_report_entered_by_fkey FOREIGN KEY (entered_by) REFERENCES public.entity(id);


--
-- Name: cr_report_line cr_report_line_ledger_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cr_report_line
    ADD CONSTRAINT cr_report_line_ledger_id_fkey FOREIGN KEY (ledger_id) REFERENCES public.acc_trans(entry_id);


--
-- Name: cr_report_line cr_report_line_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cr_report_line
    ADD CONSTRAINT cr_report_line_report_id_fkey FOREIGN KEY (report_id) REFERENCES public.cr_report(id);


--
-- Name: cr_report_line cr_report_line_user_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cr_report_line
    ADD CONSTRAINT cr_report_line_user_fkey FOREIGN KEY ("user") REFERENCES public.entity(id);


--
-- Name: cr_report cr_report_max_ac_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.cr_report
    ADD CONSTRAINT cr_report_max_ac_id_fkey FOREIGN KEY (max_ac_id) REFERENCES public.acc_trans(entry_id);


--
-- Name: custom_field_catalog custom_field_catalog_table_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.custom_field_catalog
    ADD CONSTRAINT custom_field_catalog_table_id_fkey FOREIGN KEY (table_id) REFERENCES public.custom_table_catalog(table_id);


--
-- Name: eca_invoice eca_invoice_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_invoice
    ADD CONSTRAINT eca_invoice_credit_id_fkey FOREIGN KEY (credit_id) REFERENCES public.entity_credit_account(id);


--
-- Name: eca_invoice eca_invoice_journal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_invoice
    ADD CONSTRAINT eca_invoice_journal_id_fkey FOREIGN KEY (journal_id) REFERENCES public.journal_entry(id);


--
-- Name: eca_invoice eca_invoice_language_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_invoice
    ADD CONSTRAINT eca_invoice_language_code_fkey FOREIGN KEY (language_code) REFERENCES public.language(code);


--
-- Name: eca_note eca_note_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_note
    ADD CONSTRAINT eca_note_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.entity_credit_account(id) ON DELETE CASCADE;


--
-- Name: eca_tax eca_tax_chart_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_tax
    ADD CONSTRAINT eca_tax_chart_id_fkey FOREIGN KEY (chart_id) REFERENCES public.account(id);


--
-- Name: eca_tax eca_tax_eca_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_tax
    ADD CONSTRAINT eca_tax_eca_id_fkey FOREIGN KEY (eca_id) REFERENCES public.entity_credit_account(id) ON DELETE CASCADE;


--
-- Name: eca_to_contact eca_to_contact_contact_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_to_contact
    ADD CONSTRAINT eca_to_contact_contact_class_id_fkey FOREIGN KEY (contact_class_id) REFERENCES public.contact_class(id);


--
-- Name: eca_to_contact eca_to_contact_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_to_contact
    ADD CONSTRAINT eca_to_contact_credit_id_fkey FOREIGN KEY (credit_id) REFERENCES public.entity_credit_account(id) ON DELETE CASCADE;


--
-- Name: eca_to_location eca_to_location_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_to_location
    ADD CONSTRAINT eca_to_location_credit_id_fkey FOREIGN KEY (credit_id) REFERENCES public.entity_credit_account(id) ON DELETE CASCADE;


--
-- Name: eca_to_location eca_to_location_location_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_to_location
    ADD CONSTRAINT eca_to_location_location_class_fkey FOREIGN KEY (location_class) REFERENCES public.location_class(id);


--
-- Name: eca_to_location eca_to_location_location_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.eca_to_location
    ADD CONSTRAINT eca_to_location_location_id_fkey FOREIGN KEY (location_id) REFERENCES public.location(id);


--
-- Name: employee_to_ec employee_to_ec_ec_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.employee_to_ec
    ADD CONSTRAINT employee_to_ec_ec_id_fkey FOREIGN KEY (ec_id) REFERENCES public.employee_class(id);


--
-- Name: employee_to_ec employee_to_ec_employee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.employee_to_ec
    ADD CONSTRAINT employee_to_ec_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES public.entity_employee(entity_id);


--
-- Name: entity_bank_account entity_bank_account_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_bank_account
    ADD CONSTRAINT entity_bank_account_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id) ON DELETE CASCADE;


--
-- Name: entity entity_country_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.country(id);


--
-- Name: entity_credit_account entity_credit_account_ar_ap_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_ar_ap_account_id_fkey FOREIGN KEY (ar_ap_account_id) REFERENCES public.account(id);


--
-- Name: entity_credit_account entity_credit_account_bank_account_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_bank_account_fkey FOREIGN KEY (bank_account) REFERENCES public.entity_bank_account(id);


--
-- Name: entity_credit_account entity_credit_account_cash_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_cash_account_id_fkey FOREIGN KEY (cash_account_id) REFERENCES public.account(id);


--
-- Name: entity_credit_account entity_credit_account_discount_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_discount_account_id_fkey FOREIGN KEY (discount_account_id) REFERENCES public.account(id);


--
-- Name: entity_credit_account entity_credit_account_employee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES public.entity_employee(entity_id);


--
-- Name: entity_credit_account entity_credit_account_entity_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_entity_class_fkey FOREIGN KEY (entity_class) REFERENCES public.entity_class(id);


--
-- Name: entity_credit_account entity_credit_account_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id) ON DELETE CASCADE;


--
-- Name: entity_credit_account entity_credit_account_language_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_language_code_fkey FOREIGN KEY (language_code) REFERENCES public.language(code) ON DELETE SET DEFAULT;


--
-- Name: entity_credit_account entity_credit_account_pricegroup_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_pricegroup_id_fkey FOREIGN KEY (pricegroup_id) REFERENCES public.pricegroup(id);


--
-- Name: entity_credit_account entity_credit_account_primary_contact_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_primary_contact_fkey FOREIGN KEY (primary_contact) REFERENCES public.person(id);


--
-- Name: entity_credit_account entity_credit_account_taxform_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_credit_account
    ADD CONSTRAINT entity_credit_account_taxform_id_fkey FOREIGN KEY (taxform_id) REFERENCES public.country_tax_form(id);


--
-- Name: entity_employee entity_employee_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_employee
    ADD CONSTRAINT entity_employee_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: entity_employee entity_employee_manager_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_employee
    ADD CONSTRAINT entity_employee_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES public.entity(id);


--
-- Name: entity entity_entity_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_entity_class_fkey FOREIGN KEY (entity_class) REFERENCES public.entity_class(id);


--
-- Name: entity entity_entity_class_fkey1; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity
    ADD CONSTRAINT entity_entity_class_fkey1 FOREIGN KEY (entity_class) REFERENCES public.entity_class(id);


--
-- Name: entity_note entity_note_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_note
    ADD CONSTRAINT entity_note_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: entity_note entity_note_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_note
    ADD CONSTRAINT entity_note_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.entity(id) ON DELETE CASCADE;


--
-- Name: entity_other_name entity_other_name_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_other_name
    ADD CONSTRAINT entity_other_name_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id) ON DELETE CASCADE;


--
-- Name: entity_to_contact entity_to_contact_contact_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_to_contact
    ADD CONSTRAINT entity_to_contact_contact_class_id_fkey FOREIGN KEY (contact_class_id) REFERENCES public.contact_class(id);


--
-- Name: entity_to_contact entity_to_contact_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_to_contact
    ADD CONSTRAINT entity_to_contact_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id) ON DELETE CASCADE;


--
-- Name: entity_to_location entity_to_location_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_to_location
    ADD CONSTRAINT entity_to_location_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id) ON DELETE CASCADE;


--
-- Name: entity_to_location entity_to_location_location_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_to_location
    ADD CONSTRAINT entity_to_location_location_class_fkey FOREIGN KEY (location_class) REFERENCES public.location_class(id);


--
-- Name: entity_to_location entity_to_location_location_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.entity_to_location
    ADD CONSTRAINT entity_to_location_location_id_fkey FOREIGN KEY (location_id) REFERENCES public.location(id);


--
-- Name: file_base file_base_file_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_base
    ADD CONSTRAINT file_base_file_class_fkey FOREIGN KEY (file_class) REFERENCES public.file_class(id);


--
-- Name: file_base file_base_mime_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_base
    ADD CONSTRAINT file_base_mime_type_id_fkey FOREIGN KEY (mime_type_id) REFERENCES public.mime_type(id);


--
-- Name: file_base file_base_uploaded_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_base
    ADD CONSTRAINT file_base_uploaded_by_fkey FOREIGN KEY (uploaded_by) REFERENCES public.entity(id);


--
-- Name: file_eca file_eca_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_eca
    ADD CONSTRAINT file_eca_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.entity_credit_account(id);


--
-- Name: file_entity file_entity_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_entity
    ADD CONSTRAINT file_entity_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.entity(id);


--
-- Name: file_order file_order_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_order
    ADD CONSTRAINT file_order_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.oe(id) ON DELETE CASCADE;


--
-- Name: file_order_to_order file_order_to_order_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_order_to_order
    ADD CONSTRAINT file_order_to_order_file_id_fkey FOREIGN KEY (file_id) REFERENCES public.file_order(id);


--
-- Name: file_order_to_order file_order_to_order_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_order_to_order
    ADD CONSTRAINT file_order_to_order_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.oe(id);


--
-- Name: file_order_to_tx file_order_to_tx_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_order_to_tx
    ADD CONSTRAINT file_order_to_tx_file_id_fkey FOREIGN KEY (file_id) REFERENCES public.file_order(id);


--
-- Name: file_order_to_tx file_order_to_tx_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_order_to_tx
    ADD CONSTRAINT file_order_to_tx_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.gl(id);


--
-- Name: file_part file_part_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_part
    ADD CONSTRAINT file_part_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.parts(id) ON DELETE CASCADE;


--
-- Name: file_secondary_attachment file_secondary_attachment_attached_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_secondary_attachment
    ADD CONSTRAINT file_secondary_attachment_attached_by_fkey FOREIGN KEY (attached_by) REFERENCES public.entity(id);


--
-- Name: file_secondary_attachment file_secondary_attachment_dest_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_secondary_attachment
    ADD CONSTRAINT file_secondary_attachment_dest_class_fkey FOREIGN KEY (dest_class) REFERENCES public.file_class(id);


--
-- Name: file_secondary_attachment file_secondary_attachment_source_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_secondary_attachment
    ADD CONSTRAINT file_secondary_attachment_source_class_fkey FOREIGN KEY (source_class) REFERENCES public.file_class(id);


--
-- Name: file_transaction file_transaction_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_transaction
    ADD CONSTRAINT file_transaction_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.transactions(id);


--
-- Name: file_tx_to_order file_tx_to_order_file_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_tx_to_order
    ADD CONSTRAINT file_tx_to_order_file_id_fkey FOREIGN KEY (file_id) REFERENCES public.file_transaction(id);


--
-- Name: file_tx_to_order file_tx_to_order_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_tx_to_order
    ADD CONSTRAINT file_tx_to_order_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.oe(id);


--
-- Name: file_view_catalog file_view_catalog_file_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.file_view_catalog
    ADD CONSTRAINT file_view_catalog_file_class_fkey FOREIGN KEY (file_class) REFERENCES public.file_class(id);


--
-- Name: gl gl_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gl
    ADD CONSTRAINT gl_id_fkey FOREIGN KEY (id) REFERENCES public.transactions(id);


--
-- Name: gl gl_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.gl
    ADD CONSTRAINT gl_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: inventory_report_line inventory_report_line_adjust_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.inventory_report_line
    ADD CONSTRAINT inventory_report_line_adjust_id_fkey FOREIGN KEY (adjust_id) REFERENCES public.inventory_report(id);


--
-- Name: inventory_report_line inventory_report_line_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.inventory_report_line
    ADD CONSTRAINT inventory_report_line_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id);


--
-- Name: invoice_note invoice_note_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoice_note
    ADD CONSTRAINT invoice_note_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.invoice(id);


--
-- Name: invoice invoice_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoice
    ADD CONSTRAINT invoice_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id);


--
-- Name: invoice_tax_form invoice_tax_form_invoice_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoice_tax_form
    ADD CONSTRAINT invoice_tax_form_invoice_id_fkey FOREIGN KEY (invoice_id) REFERENCES public.invoice(id);


--
-- Name: invoice invoice_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.invoice
    ADD CONSTRAINT invoice_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.transactions(id);


--
-- Name: jcitems jcitems_business_unit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.jcitems
    ADD CONSTRAINT jcitems_business_unit_id_fkey FOREIGN KEY (business_unit_id) REFERENCES public.business_unit(id);


--
-- Name: jcitems jcitems_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.jcitems
    ADD CONSTRAINT jcitems_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: job job_bu_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.job
    ADD CONSTRAINT job_bu_id_fkey FOREIGN KEY (bu_id) REFERENCES public.business_unit(id);


--
-- Name: journal_entry journal_entry_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_entry
    ADD CONSTRAINT journal_entry_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.entity(id);


--
-- Name: journal_entry journal_entry_entered_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_entry
    ADD CONSTRAINT journal_entry_entered_by_fkey FOREIGN KEY (entered_by) REFERENCES public.entity(id);


--
-- Name: journal_entry journal_entry_journal_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_entry
    ADD CONSTRAINT journal_entry_journal_fkey FOREIGN KEY (journal) REFERENCES public.journal_type(id);


--
-- Name: journal_entry journal_entry_locked_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_entry
    ADD CONSTRAINT journal_entry_locked_by_fkey FOREIGN KEY (locked_by) REFERENCES public.session(session_id) ON DELETE SET NULL;


--
-- Name: journal_line journal_line_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_line
    ADD CONSTRAINT journal_line_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);


--
-- Name: journal_line journal_line_journal_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_line
    ADD CONSTRAINT journal_line_journal_id_fkey FOREIGN KEY (journal_id) REFERENCES public.journal_entry(id);


--
-- Name: journal_line journal_line_line_type_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_line
    ADD CONSTRAINT journal_line_line_type_fkey FOREIGN KEY (line_type) REFERENCES public.account_link_description(description);


--
-- Name: journal_line journal_line_reconciliation_report_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_line
    ADD CONSTRAINT journal_line_reconciliation_report_fkey FOREIGN KEY (reconciliation_report) REFERENCES public.cr_report(id);


--
-- Name: journal_note journal_note_ref_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.journal_note
    ADD CONSTRAINT journal_note_ref_key_fkey FOREIGN KEY (ref_key) REFERENCES public.journal_entry(id);


--
-- Name: location_class_to_entity_class location_class_to_entity_class_entity_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.location_class_to_entity_class
    ADD CONSTRAINT location_class_to_entity_class_entity_class_fkey FOREIGN KEY (entity_class) REFERENCES public.entity_class(id);


--
-- Name: location_class_to_entity_class location_class_to_entity_class_location_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.location_class_to_entity_class
    ADD CONSTRAINT location_class_to_entity_class_location_class_fkey FOREIGN KEY (location_class) REFERENCES public.location_class(id);


--
-- Name: location location_country_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.location
    ADD CONSTRAINT location_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.country(id);


--
-- Name: lsmb_group_grants lsmb_group_grants_group_name_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lsmb_group_grants
    ADD CONSTRAINT lsmb_group_grants_group_name_fkey FOREIGN KEY (group_name) REFERENCES public.lsmb_group(role_name);


--
-- Name: lsmb_sequence lsmb_sequence_setting_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.lsmb_sequence
    ADD CONSTRAINT lsmb_sequence_setting_key_fkey FOREIGN KEY (setting_key) REFERENCES public.defaults(setting_key);


--
-- Name: menu_acl menu_acl_node_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.menu_acl
    ADD CONSTRAINT menu_acl_node_id_fkey FOREIGN KEY (node_id) REFERENCES public.menu_node(id);


--
-- Name: menu_attribute menu_attribute_node_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.menu_attribute
    ADD CONSTRAINT menu_attribute_node_id_fkey FOREIGN KEY (node_id) REFERENCES public.menu_node(id);


--
-- Name: menu_node menu_node_parent_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.menu_node
    ADD CONSTRAINT menu_node_parent_fkey FOREIGN KEY (parent) REFERENCES public.menu_node(id);


--
-- Name: mfg_lot_item mfg_lot_item_mfg_lot_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mfg_lot_item
    ADD CONSTRAINT mfg_lot_item_mfg_lot_id_fkey FOREIGN KEY (mfg_lot_id) REFERENCES public.mfg_lot(id);


--
-- Name: mfg_lot_item mfg_lot_item_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mfg_lot_item
    ADD CONSTRAINT mfg_lot_item_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id);


--
-- Name: mfg_lot mfg_lot_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.mfg_lot
    ADD CONSTRAINT mfg_lot_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id);


--
-- Name: new_shipto new_shipto_location_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.new_shipto
    ADD CONSTRAINT new_shipto_location_id_fkey FOREIGN KEY (location_id) REFERENCES public.location(id);


--
-- Name: new_shipto new_shipto_oe_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.new_shipto
    ADD CONSTRAINT new_shipto_oe_id_fkey FOREIGN KEY (oe_id) REFERENCES public.oe(id) ON DELETE CASCADE;


--
-- Name: new_shipto new_shipto_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.new_shipto
    ADD CONSTRAINT new_shipto_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.transactions(id);


--
-- Name: note note_note_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.note
    ADD CONSTRAINT note_note_class_fkey FOREIGN KEY (note_class) REFERENCES public.note_class(id);


--
-- Name: oe oe_entity_credit_account_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oe
    ADD CONSTRAINT oe_entity_credit_account_fkey FOREIGN KEY (entity_credit_account) REFERENCES public.entity_credit_account(id);


--
-- Name: oe oe_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oe
    ADD CONSTRAINT oe_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: oe oe_oe_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oe
    ADD CONSTRAINT oe_oe_class_id_fkey FOREIGN KEY (oe_class_id) REFERENCES public.oe_class(id);


--
-- Name: oe oe_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.oe
    ADD CONSTRAINT oe_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id);


--
-- Name: open_forms open_forms_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.open_forms
    ADD CONSTRAINT open_forms_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.session(session_id) ON DELETE CASCADE;


--
-- Name: parts parts_expense_accno_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.parts
    ADD CONSTRAINT parts_expense_accno_id_fkey FOREIGN KEY (expense_accno_id) REFERENCES public.account(id);


--
-- Name: parts parts_income_accno_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.parts
    ADD CONSTRAINT parts_income_accno_id_fkey FOREIGN KEY (income_accno_id) REFERENCES public.account(id);


--
-- Name: parts parts_inventory_accno_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.parts
    ADD CONSTRAINT parts_inventory_accno_id_fkey FOREIGN KEY (inventory_accno_id) REFERENCES public.account(id);


--
-- Name: parts parts_returns_accno_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.parts
    ADD CONSTRAINT parts_returns_accno_id_fkey FOREIGN KEY (returns_accno_id) REFERENCES public.account(id);


--
-- Name: parts_translation parts_translation_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.parts_translation
    ADD CONSTRAINT parts_translation_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.parts(id);


--
-- Name: partscustomer partscustomer_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partscustomer
    ADD CONSTRAINT partscustomer_credit_id_fkey FOREIGN KEY (credit_id) REFERENCES public.entity_credit_account(id) ON DELETE CASCADE;


--
-- Name: partscustomer partscustomer_pricegroup_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partscustomer
    ADD CONSTRAINT partscustomer_pricegroup_id_fkey FOREIGN KEY (pricegroup_id) REFERENCES public.pricegroup(id);


--
-- Name: partsgroup partsgroup_parent_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partsgroup
    ADD CONSTRAINT partsgroup_parent_fkey FOREIGN KEY (parent) REFERENCES public.partsgroup(id);


--
-- Name: partsgroup_translation partsgroup_translation_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partsgroup_translation
    ADD CONSTRAINT partsgroup_translation_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.partsgroup(id);


--
-- Name: partstax partstax_chart_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partstax
    ADD CONSTRAINT partstax_chart_id_fkey FOREIGN KEY (chart_id) REFERENCES public.account(id);


--
-- Name: partstax partstax_parts_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partstax
    ADD CONSTRAINT partstax_parts_id_fkey FOREIGN KEY (parts_id) REFERENCES public.parts(id) ON DELETE CASCADE;


--
-- Name: partstax partstax_taxcategory_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partstax
    ADD CONSTRAINT partstax_taxcategory_id_fkey FOREIGN KEY (taxcategory_id) REFERENCES public.taxcategory(taxcategory_id);


--
-- Name: partsvendor partsvendor_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.partsvendor
    ADD CONSTRAINT partsvendor_credit_id_fkey FOREIGN KEY (credit_id) REFERENCES public.entity_credit_account(id) ON DELETE CASCADE;


--
-- Name: payment payment_employee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment
    ADD CONSTRAINT payment_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES public.person(id);


--
-- Name: payment payment_entity_credit_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment
    ADD CONSTRAINT payment_entity_credit_id_fkey FOREIGN KEY (entity_credit_id) REFERENCES public.entity_credit_account(id);


--
-- Name: payment payment_gl_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment
    ADD CONSTRAINT payment_gl_id_fkey FOREIGN KEY (gl_id) REFERENCES public.gl(id);


--
-- Name: payment_links payment_links_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment_links
    ADD CONSTRAINT payment_links_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.acc_trans(entry_id);


--
-- Name: payment_links payment_links_payment_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment_links
    ADD CONSTRAINT payment_links_payment_id_fkey FOREIGN KEY (payment_id) REFERENCES public.payment(id);


--
-- Name: payment_map payment_map_line_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment_map
    ADD CONSTRAINT payment_map_line_id_fkey FOREIGN KEY (line_id) REFERENCES public.journal_line(id);


--
-- Name: payment_map payment_map_pays_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payment_map
    ADD CONSTRAINT payment_map_pays_fkey FOREIGN KEY (pays) REFERENCES public.eca_invoice(journal_id);


--
-- Name: payroll_deduction_class payroll_deduction_class_country_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_deduction_class
    ADD CONSTRAINT payroll_deduction_class_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.country(id);


--
-- Name: payroll_deduction payroll_deduction_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_deduction
    ADD CONSTRAINT payroll_deduction_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: payroll_deduction_type payroll_deduction_type_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_deduction_type
    ADD CONSTRAINT payroll_deduction_type_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);


--
-- Name: payroll_deduction payroll_deduction_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_deduction
    ADD CONSTRAINT payroll_deduction_type_id_fkey FOREIGN KEY (type_id) REFERENCES public.payroll_deduction_type(id);


--
-- Name: payroll_deduction_type payroll_deduction_type_pdc_id_country_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_deduction_type
    ADD CONSTRAINT payroll_deduction_type_pdc_id_country_id_fkey FOREIGN KEY (pdc_id, country_id) REFERENCES public.payroll_deduction_class(id, country_id);


--
-- Name: payroll_employee_class_to_income_type payroll_employee_class_to_income_type_ec_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_employee_class_to_income_type
    ADD CONSTRAINT payroll_employee_class_to_income_type_ec_id_fkey FOREIGN KEY (ec_id) REFERENCES public.payroll_employee_class(id);


--
-- Name: payroll_employee_class_to_income_type payroll_employee_class_to_income_type_it_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_employee_class_to_income_type
    ADD CONSTRAINT payroll_employee_class_to_income_type_it_id_fkey FOREIGN KEY (it_id) REFERENCES public.payroll_income_type(id);


--
-- Name: payroll_income_class payroll_income_class_country_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_income_class
    ADD CONSTRAINT payroll_income_class_country_id_fkey FOREIGN KEY (country_id) REFERENCES public.country(id);


--
-- Name: payroll_income_type payroll_income_type_account_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_income_type
    ADD CONSTRAINT payroll_income_type_account_id_fkey FOREIGN KEY (account_id) REFERENCES public.account(id);


--
-- Name: payroll_income_type payroll_income_type_pic_id_country_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_income_type
    ADD CONSTRAINT payroll_income_type_pic_id_country_id_fkey FOREIGN KEY (pic_id, country_id) REFERENCES public.payroll_income_class(id, country_id);


--
-- Name: payroll_paid_timeoff payroll_paid_timeoff_employee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_paid_timeoff
    ADD CONSTRAINT payroll_paid_timeoff_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES public.entity(id);


--
-- Name: payroll_paid_timeoff payroll_paid_timeoff_pto_class_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_paid_timeoff
    ADD CONSTRAINT payroll_paid_timeoff_pto_class_id_fkey FOREIGN KEY (pto_class_id) REFERENCES public.payroll_pto_class(id);


--
-- Name: payroll_paid_timeoff payroll_paid_timeoff_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_paid_timeoff
    ADD CONSTRAINT payroll_paid_timeoff_report_id_fkey FOREIGN KEY (report_id) REFERENCES public.payroll_report(id);


--
-- Name: payroll_report payroll_report_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_report
    ADD CONSTRAINT payroll_report_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.entity_employee(entity_id);


--
-- Name: payroll_report payroll_report_created_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_report
    ADD CONSTRAINT payroll_report_created_by_fkey FOREIGN KEY (created_by) REFERENCES public.entity_employee(entity_id);


--
-- Name: payroll_report payroll_report_ec_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_report
    ADD CONSTRAINT payroll_report_ec_id_fkey FOREIGN KEY (ec_id) REFERENCES public.payroll_employee_class(id);


--
-- Name: payroll_report_line payroll_report_line_employee_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_report_line
    ADD CONSTRAINT payroll_report_line_employee_id_fkey FOREIGN KEY (employee_id) REFERENCES public.entity(id);


--
-- Name: payroll_report_line payroll_report_line_it_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_report_line
    ADD CONSTRAINT payroll_report_line_it_id_fkey FOREIGN KEY (it_id) REFERENCES public.payroll_income_type(id);


--
-- Name: payroll_report_line payroll_report_line_report_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_report_line
    ADD CONSTRAINT payroll_report_line_report_id_fkey FOREIGN KEY (report_id) REFERENCES public.payroll_report(id);


--
-- Name: payroll_wage payroll_wage_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_wage
    ADD CONSTRAINT payroll_wage_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: payroll_wage payroll_wage_type_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.payroll_wage
    ADD CONSTRAINT payroll_wage_type_id_fkey FOREIGN KEY (type_id) REFERENCES public.payroll_income_type(id);


--
-- Name: person person_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id);


--
-- Name: person person_salutation_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person
    ADD CONSTRAINT person_salutation_id_fkey FOREIGN KEY (salutation_id) REFERENCES public.salutation(id);


--
-- Name: person_to_company person_to_company_company_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person_to_company
    ADD CONSTRAINT person_to_company_company_id_fkey FOREIGN KEY (company_id) REFERENCES public.company(id) ON DELETE CASCADE;


--
-- Name: person_to_company person_to_company_location_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person_to_company
    ADD CONSTRAINT person_to_company_location_id_fkey FOREIGN KEY (location_id) REFERENCES public.location(id);


--
-- Name: person_to_company person_to_company_person_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.person_to_company
    ADD CONSTRAINT person_to_company_person_id_fkey FOREIGN KEY (person_id) REFERENCES public.person(id) ON DELETE CASCADE;


--
-- Name: recurring recurring_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.recurring
    ADD CONSTRAINT recurring_id_fkey FOREIGN KEY (id) REFERENCES public.transactions(id);


--
-- Name: recurringemail recurringemail_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.recurringemail
    ADD CONSTRAINT recurringemail_id_fkey FOREIGN KEY (id) REFERENCES public.recurring(id);


--
-- Name: recurringprint recurringprint_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.recurringprint
    ADD CONSTRAINT recurringprint_id_fkey FOREIGN KEY (id) REFERENCES public.recurring(id);


--
-- Name: session session_users_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.session
    ADD CONSTRAINT session_users_id_fkey FOREIGN KEY (users_id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: tax tax_chart_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tax
    ADD CONSTRAINT tax_chart_id_fkey FOREIGN KEY (chart_id) REFERENCES public.account(id);


--
-- Name: tax_extended tax_extended_entry_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tax_extended
    ADD CONSTRAINT tax_extended_entry_id_fkey FOREIGN KEY (entry_id) REFERENCES public.acc_trans(entry_id);


--
-- Name: tax tax_taxmodule_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.tax
    ADD CONSTRAINT tax_taxmodule_id_fkey FOREIGN KEY (taxmodule_id) REFERENCES public.taxmodule(taxmodule_id);


--
-- Name: taxcategory taxcategory_taxmodule_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.taxcategory
    ADD CONSTRAINT taxcategory_taxmodule_id_fkey FOREIGN KEY (taxmodule_id) REFERENCES public.taxmodule(taxmodule_id);


--
-- Name: template template_language_code_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.template
    ADD CONSTRAINT template_language_code_fkey FOREIGN KEY (language_code) REFERENCES public.language(code);


--
-- Name: transactions transactions_approved_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES public.entity(id);


--
-- Name: transactions transactions_locked_by_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.transactions
    ADD CONSTRAINT transactions_locked_by_fkey FOREIGN KEY (locked_by) REFERENCES public.session(session_id) ON DELETE SET NULL;


--
-- Name: user_preference user_preference_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_preference
    ADD CONSTRAINT user_preference_id_fkey FOREIGN KEY (id) REFERENCES public.users(id) ON DELETE CASCADE;


--
-- Name: user_preference user_preference_language_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.user_preference
    ADD CONSTRAINT user_preference_language_fkey FOREIGN KEY (language) REFERENCES public.language(code);


--
-- Name: users users_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity(id) ON DELETE CASCADE;


--
-- Name: voucher voucher_batch_class_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.voucher
    ADD CONSTRAINT voucher_batch_class_fkey FOREIGN KEY (batch_class) REFERENCES public.batch_class(id);


--
-- Name: voucher voucher_batch_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.voucher
    ADD CONSTRAINT voucher_batch_id_fkey FOREIGN KEY (batch_id) REFERENCES public.batch(id);


--
-- Name: voucher voucher_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.voucher
    ADD CONSTRAINT voucher_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.transactions(id);


--
-- Name: warehouse_inventory warehouse_inventory_entity_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.warehouse_inventory
    ADD CONSTRAINT warehouse_inventory_entity_id_fkey FOREIGN KEY (entity_id) REFERENCES public.entity_employee(entity_id);


--
-- Name: yearend yearend_trans_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: postgres
--

ALTER TABLE ONLY public.yearend
    ADD CONSTRAINT yearend_trans_id_fkey FOREIGN KEY (trans_id) REFERENCES public.gl(id);


--
-- Name: TABLE chart; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT ON TABLE public.chart TO PUBLIC;


--
-- Name: TABLE location_class_to_entity_class; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT ON TABLE public.location_class_to_entity_class TO PUBLIC;


--
-- Name: TABLE periods; Type: ACL; Schema: public; Owner: postgres
--

GRANT SELECT ON TABLE public.periods TO PUBLIC;


--
-- PostgreSQL database dump complete
--

\unrestrict sHTFQZzgNfukpewnhxiaB0rSmaO5FmzPQVbOK7ZGgU4F9vgqQ7GG556nb674JzC

