-- Kea DHCP PostgreSQL schema 11.0 -> 12.0: a.sql followed by the DDL of upgrade_011_to_012.sh (Debian kea-admin 2.2.0-6,
-- /usr/share/kea/scripts/pgsql/): two foreign keys recreated with NO ACTION instead of ON DELETE SET NULL, a JSON column
-- on each client class table
CREATE TABLE public.ddns_replace_client_name_types (
    type bigint NOT NULL,
    name character varying(32)
);

CREATE TABLE public.dhcp4_client_class (
    id integer NOT NULL,
    name character varying(128) NOT NULL,
    test text,
    next_server inet,
    server_hostname character varying(128) DEFAULT NULL::character varying,
    boot_file_name character varying(512) DEFAULT NULL::character varying,
    only_if_required boolean DEFAULT false NOT NULL,
    valid_lifetime bigint,
    min_valid_lifetime bigint,
    max_valid_lifetime bigint,
    depend_on_known_directly boolean DEFAULT false NOT NULL,
    follow_class_name character varying(128) DEFAULT NULL::character varying,
    modification_ts timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL
);

CREATE SEQUENCE public.dhcp4_client_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.dhcp4_client_class_id_seq OWNED BY public.dhcp4_client_class.id;

CREATE TABLE public.dhcp4_shared_network (
    id integer NOT NULL,
    name character varying(128) NOT NULL,
    client_class character varying(128) DEFAULT NULL::character varying,
    interface character varying(128) DEFAULT NULL::character varying,
    match_client_id boolean,
    modification_ts timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    rebind_timer bigint,
    relay text,
    renew_timer bigint,
    require_client_classes text,
    user_context json,
    valid_lifetime bigint,
    authoritative boolean,
    calculate_tee_times boolean,
    t1_percent double precision,
    t2_percent double precision,
    boot_file_name character varying(128) DEFAULT NULL::character varying,
    next_server inet,
    server_hostname character varying(64) DEFAULT NULL::character varying,
    min_valid_lifetime bigint,
    max_valid_lifetime bigint,
    ddns_send_updates boolean,
    ddns_override_no_update boolean,
    ddns_override_client_update boolean,
    ddns_replace_client_name bigint,
    ddns_generated_prefix character varying(255) DEFAULT NULL::character varying,
    ddns_qualifying_suffix character varying(255) DEFAULT NULL::character varying,
    reservations_global boolean,
    reservations_in_subnet boolean,
    reservations_out_of_pool boolean,
    cache_threshold double precision,
    cache_max_age bigint
);

CREATE SEQUENCE public.dhcp4_shared_network_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.dhcp4_shared_network_id_seq OWNED BY public.dhcp4_shared_network.id;

CREATE TABLE public.dhcp4_subnet (
    subnet_id bigint NOT NULL,
    subnet_prefix character varying(64) NOT NULL,
    interface_4o6 character varying(128) DEFAULT NULL::character varying,
    interface_id_4o6 character varying(128) DEFAULT NULL::character varying,
    subnet_4o6 character varying(64) DEFAULT NULL::character varying,
    boot_file_name character varying(128) DEFAULT NULL::character varying,
    client_class character varying(128) DEFAULT NULL::character varying,
    interface character varying(128) DEFAULT NULL::character varying,
    match_client_id boolean,
    modification_ts timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    next_server inet,
    rebind_timer bigint,
    relay text,
    renew_timer bigint,
    require_client_classes text,
    server_hostname character varying(64) DEFAULT NULL::character varying,
    shared_network_name character varying(128) DEFAULT NULL::character varying,
    user_context json,
    valid_lifetime bigint,
    authoritative boolean,
    calculate_tee_times boolean,
    t1_percent double precision,
    t2_percent double precision,
    min_valid_lifetime bigint,
    max_valid_lifetime bigint,
    ddns_send_updates boolean,
    ddns_override_no_update boolean,
    ddns_override_client_update boolean,
    ddns_replace_client_name bigint,
    ddns_generated_prefix character varying(255) DEFAULT NULL::character varying,
    ddns_qualifying_suffix character varying(255) DEFAULT NULL::character varying,
    reservations_global boolean,
    reservations_in_subnet boolean,
    reservations_out_of_pool boolean,
    cache_threshold double precision,
    cache_max_age bigint
);

CREATE TABLE public.dhcp6_client_class (
    id integer NOT NULL,
    name character varying(128) NOT NULL,
    test text,
    only_if_required boolean DEFAULT false NOT NULL,
    valid_lifetime bigint,
    min_valid_lifetime bigint,
    max_valid_lifetime bigint,
    depend_on_known_directly boolean DEFAULT false NOT NULL,
    follow_class_name character varying(128) DEFAULT NULL::character varying,
    modification_ts timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    preferred_lifetime bigint,
    min_preferred_lifetime bigint,
    max_preferred_lifetime bigint
);

CREATE SEQUENCE public.dhcp6_client_class_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.dhcp6_client_class_id_seq OWNED BY public.dhcp6_client_class.id;

CREATE TABLE public.dhcp6_shared_network (
    id integer NOT NULL,
    name character varying(128) NOT NULL,
    client_class character varying(128) DEFAULT NULL::character varying,
    interface character varying(128) DEFAULT NULL::character varying,
    modification_ts timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    preferred_lifetime bigint,
    rapid_commit boolean,
    rebind_timer bigint,
    relay text,
    renew_timer bigint,
    require_client_classes text,
    user_context json,
    valid_lifetime bigint,
    calculate_tee_times boolean,
    t1_percent double precision,
    t2_percent double precision,
    interface_id bytea,
    min_preferred_lifetime bigint,
    max_preferred_lifetime bigint,
    min_valid_lifetime bigint,
    max_valid_lifetime bigint,
    ddns_send_updates boolean,
    ddns_override_no_update boolean,
    ddns_override_client_update boolean,
    ddns_replace_client_name bigint,
    ddns_generated_prefix character varying(255) DEFAULT NULL::character varying,
    ddns_qualifying_suffix character varying(255) DEFAULT NULL::character varying,
    reservations_global boolean,
    reservations_in_subnet boolean,
    reservations_out_of_pool boolean,
    cache_threshold double precision,
    cache_max_age bigint
);

CREATE SEQUENCE public.dhcp6_shared_network_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.dhcp6_shared_network_id_seq OWNED BY public.dhcp6_shared_network.id;

CREATE TABLE public.dhcp6_subnet (
    subnet_id bigint NOT NULL,
    subnet_prefix character varying(64) NOT NULL,
    client_class character varying(128) DEFAULT NULL::character varying,
    interface character varying(128) DEFAULT NULL::character varying,
    modification_ts timestamp with time zone DEFAULT CURRENT_TIMESTAMP NOT NULL,
    preferred_lifetime bigint,
    rapid_commit boolean,
    rebind_timer bigint,
    relay text,
    renew_timer bigint,
    require_client_classes text,
    shared_network_name character varying(128) DEFAULT NULL::character varying,
    user_context json,
    valid_lifetime bigint,
    calculate_tee_times boolean,
    t1_percent double precision,
    t2_percent double precision,
    interface_id bytea,
    min_preferred_lifetime bigint,
    max_preferred_lifetime bigint,
    min_valid_lifetime bigint,
    max_valid_lifetime bigint,
    ddns_send_updates boolean,
    ddns_override_no_update boolean,
    ddns_override_client_update boolean,
    ddns_replace_client_name bigint,
    ddns_generated_prefix character varying(255) DEFAULT NULL::character varying,
    ddns_qualifying_suffix character varying(255) DEFAULT NULL::character varying,
    reservations_global boolean,
    reservations_in_subnet boolean,
    reservations_out_of_pool boolean,
    cache_threshold double precision,
    cache_max_age bigint
);

ALTER TABLE ONLY public.dhcp4_client_class ALTER COLUMN id SET DEFAULT nextval('public.dhcp4_client_class_id_seq'::regclass);

ALTER TABLE ONLY public.dhcp4_shared_network ALTER COLUMN id SET DEFAULT nextval('public.dhcp4_shared_network_id_seq'::regclass);

ALTER TABLE ONLY public.dhcp6_client_class ALTER COLUMN id SET DEFAULT nextval('public.dhcp6_client_class_id_seq'::regclass);

ALTER TABLE ONLY public.dhcp6_shared_network ALTER COLUMN id SET DEFAULT nextval('public.dhcp6_shared_network_id_seq'::regclass);

ALTER TABLE ONLY public.ddns_replace_client_name_types
    ADD CONSTRAINT ddns_replace_client_name_types_pkey PRIMARY KEY (type);

ALTER TABLE ONLY public.dhcp4_client_class
    ADD CONSTRAINT dhcp4_client_class_name_key UNIQUE (name);

ALTER TABLE ONLY public.dhcp4_client_class
    ADD CONSTRAINT dhcp4_client_class_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.dhcp4_shared_network
    ADD CONSTRAINT dhcp4_shared_network_name_key UNIQUE (name);

ALTER TABLE ONLY public.dhcp4_shared_network
    ADD CONSTRAINT dhcp4_shared_network_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.dhcp4_subnet
    ADD CONSTRAINT dhcp4_subnet_pkey PRIMARY KEY (subnet_id);

ALTER TABLE ONLY public.dhcp4_subnet
    ADD CONSTRAINT dhcp4_subnet_subnet_prefix_key UNIQUE (subnet_prefix);

ALTER TABLE ONLY public.dhcp6_client_class
    ADD CONSTRAINT dhcp6_client_class_name_key UNIQUE (name);

ALTER TABLE ONLY public.dhcp6_client_class
    ADD CONSTRAINT dhcp6_client_class_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.dhcp6_shared_network
    ADD CONSTRAINT dhcp6_shared_network_name_key UNIQUE (name);

ALTER TABLE ONLY public.dhcp6_shared_network
    ADD CONSTRAINT dhcp6_shared_network_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.dhcp6_subnet
    ADD CONSTRAINT dhcp6_subnet_pkey PRIMARY KEY (subnet_id);

ALTER TABLE ONLY public.dhcp6_subnet
    ADD CONSTRAINT dhcp6_subnet_subnet_prefix_key UNIQUE (subnet_prefix);

CREATE UNIQUE INDEX dhcp4_shared_network_idx1 ON public.dhcp4_shared_network USING btree (name);

CREATE INDEX dhcp4_shared_network_idx2 ON public.dhcp4_shared_network USING btree (modification_ts);

CREATE INDEX dhcp4_subnet_idx1 ON public.dhcp4_subnet USING btree (modification_ts);

CREATE INDEX dhcp4_subnet_idx2 ON public.dhcp4_subnet USING btree (shared_network_name);

CREATE INDEX dhcp6_shared_network_idx1 ON public.dhcp6_shared_network USING btree (name);

CREATE INDEX dhcp6_subnet_idx1 ON public.dhcp6_subnet USING btree (modification_ts);

CREATE INDEX dhcp6_subnet_idx2 ON public.dhcp6_subnet USING btree (shared_network_name);

CREATE INDEX key_dhcp4_client_class_modification_ts ON public.dhcp4_client_class USING btree (modification_ts);

CREATE INDEX key_dhcp6_client_class_modification_ts ON public.dhcp6_client_class USING btree (modification_ts);

ALTER TABLE ONLY public.dhcp4_shared_network
    ADD CONSTRAINT fk_ddns_replace_client_name FOREIGN KEY (ddns_replace_client_name) REFERENCES public.ddns_replace_client_name_types(type);

ALTER TABLE ONLY public.dhcp4_subnet
    ADD CONSTRAINT fk_ddns_replace_client_name FOREIGN KEY (ddns_replace_client_name) REFERENCES public.ddns_replace_client_name_types(type);

ALTER TABLE ONLY public.dhcp6_shared_network
    ADD CONSTRAINT fk_ddns_replace_client_name FOREIGN KEY (ddns_replace_client_name) REFERENCES public.ddns_replace_client_name_types(type);

ALTER TABLE ONLY public.dhcp6_subnet
    ADD CONSTRAINT fk_ddns_replace_client_name FOREIGN KEY (ddns_replace_client_name) REFERENCES public.ddns_replace_client_name_types(type);

ALTER TABLE ONLY public.dhcp4_subnet
    ADD CONSTRAINT fk_dhcp4_subnet_shared_network FOREIGN KEY (shared_network_name) REFERENCES public.dhcp4_shared_network(name) ON DELETE SET NULL;

ALTER TABLE ONLY public.dhcp6_subnet
    ADD CONSTRAINT fk_dhcp6_subnet_shared_network FOREIGN KEY (shared_network_name) REFERENCES public.dhcp6_shared_network(name) ON DELETE SET NULL;

-- This line starts the schema upgrade to version 12.

-- Modify shared-network-name foreign key constraint on dhcp4_subnet to not perform
-- the update when the network is deleted the cascaded update will not execute
-- dhcp4_subnet update trigger leaving the updated subnets without audit_entries.
ALTER TABLE dhcp4_subnet
    DROP CONSTRAINT fk_dhcp4_subnet_shared_network,
    ADD CONSTRAINT fk_dhcp4_subnet_shared_network FOREIGN KEY (shared_network_name)
         REFERENCES dhcp4_shared_network (name)
         ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Modify BEFORE delete trigger function on dhcp4_shared_network to explicitly
-- update dhcp4_subnets. This ensures there are audit entries for updated
-- subnets.
-- Trigger function for dhcp4_shared_network_BDEL called BEFORE DELETE on dhcp4_shared_network
-- (trigger function replaced here: not part of this pair)

-- Modify shared-network-name foreign key constraint on dhcp6_subnet to not perform
-- the update when the network is deleted the cascaded update will not execute
-- dhcp6_subnet update trigger leaving the updated subnets without audit_entries.
ALTER TABLE dhcp6_subnet
    DROP CONSTRAINT fk_dhcp6_subnet_shared_network,
    ADD CONSTRAINT fk_dhcp6_subnet_shared_network FOREIGN KEY (shared_network_name)
         REFERENCES dhcp6_shared_network (name)
         ON DELETE NO ACTION ON UPDATE NO ACTION;

-- Modify BEFORE delete trigger function on dhcp6_shared_network to explicitly
-- update dhcp6_subnets. This ensures there are audit entries for updated
-- subnets.
-- Trigger function for dhcp6_shared_network_BDEL called BEFORE DELETE on dhcp6_shared_network
-- (trigger function replaced here: not part of this pair)

-- Add user_context column to client class tables.
ALTER TABLE dhcp4_client_class ADD COLUMN user_context JSON DEFAULT NULL;
ALTER TABLE dhcp6_client_class ADD COLUMN user_context JSON DEFAULT NULL;

-- Update the schema version number.

-- This line concludes the schema upgrade to version 12.
