-- Kea DHCP PostgreSQL schema 12.0 (Debian kea-admin 2.2.0-6, /usr/share/kea/scripts/pgsql/dhcpdb_create.pgsql up to the line
-- 'This line starts the schema upgrade to version 13'), loaded and taken with pg_dump --schema-only: hosts and the
-- tables next to what the 12 -> 13 upgrade creates (triggers and functions left out), with the rows the script puts in its type tables
CREATE TABLE public.host_identifier_type (
    type smallint NOT NULL,
    name character varying(32) DEFAULT NULL::character varying
);

CREATE TABLE public.hosts (
    host_id integer NOT NULL,
    dhcp_identifier bytea NOT NULL,
    dhcp_identifier_type smallint NOT NULL,
    dhcp4_subnet_id bigint,
    dhcp6_subnet_id bigint,
    ipv4_address bigint,
    hostname character varying(255) DEFAULT NULL::character varying,
    dhcp4_client_classes character varying(255) DEFAULT NULL::character varying,
    dhcp6_client_classes character varying(255) DEFAULT NULL::character varying,
    dhcp4_next_server bigint,
    dhcp4_server_hostname character varying(64) DEFAULT NULL::character varying,
    dhcp4_boot_file_name character varying(128) DEFAULT NULL::character varying,
    user_context text,
    auth_key character varying(32) DEFAULT NULL::character varying
);

CREATE SEQUENCE public.hosts_host_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;

ALTER SEQUENCE public.hosts_host_id_seq OWNED BY public.hosts.host_id;

CREATE TABLE public.lease4_stat (
    subnet_id bigint NOT NULL,
    state bigint NOT NULL,
    leases bigint
);

CREATE TABLE public.lease6_stat (
    subnet_id bigint NOT NULL,
    lease_type smallint NOT NULL,
    state bigint NOT NULL,
    leases bigint
);

CREATE TABLE public.lease6_types (
    lease_type smallint NOT NULL,
    name character varying(5)
);

ALTER TABLE ONLY public.hosts ALTER COLUMN host_id SET DEFAULT nextval('public.hosts_host_id_seq'::regclass);

ALTER TABLE ONLY public.host_identifier_type
    ADD CONSTRAINT host_identifier_type_pkey PRIMARY KEY (type);

ALTER TABLE ONLY public.hosts
    ADD CONSTRAINT hosts_pkey PRIMARY KEY (host_id);

ALTER TABLE ONLY public.lease4_stat
    ADD CONSTRAINT lease4_stat_pkey PRIMARY KEY (subnet_id, state);

ALTER TABLE ONLY public.lease6_stat
    ADD CONSTRAINT lease6_stat_pkey PRIMARY KEY (subnet_id, lease_type, state);

ALTER TABLE ONLY public.lease6_types
    ADD CONSTRAINT lease6_types_pkey PRIMARY KEY (lease_type);

CREATE INDEX fk_host_identifier_type ON public.hosts USING btree (dhcp_identifier_type);

CREATE INDEX hosts_by_hostname ON public.hosts USING btree (lower((hostname)::text)) WHERE (hostname IS NOT NULL);

CREATE UNIQUE INDEX key_dhcp4_identifier_subnet_id ON public.hosts USING btree (dhcp_identifier, dhcp_identifier_type, dhcp4_subnet_id) WHERE ((dhcp4_subnet_id IS NOT NULL) AND (dhcp4_subnet_id <> 0));

CREATE INDEX key_dhcp4_ipv4_address_subnet_id ON public.hosts USING btree (ipv4_address, dhcp4_subnet_id);

CREATE UNIQUE INDEX key_dhcp6_identifier_subnet_id ON public.hosts USING btree (dhcp_identifier, dhcp_identifier_type, dhcp6_subnet_id) WHERE ((dhcp6_subnet_id IS NOT NULL) AND (dhcp6_subnet_id <> 0));

ALTER TABLE ONLY public.hosts
    ADD CONSTRAINT fk_host_identifier_type FOREIGN KEY (dhcp_identifier_type) REFERENCES public.host_identifier_type(type) ON DELETE CASCADE;

INSERT INTO host_identifier_type VALUES (0, 'hw-address');
INSERT INTO host_identifier_type VALUES (1, 'duid');
INSERT INTO host_identifier_type VALUES (2, 'circuit-id');
INSERT INTO host_identifier_type VALUES (3, 'client-id');
INSERT INTO host_identifier_type VALUES (4, 'flex-id');
INSERT INTO lease6_types VALUES (0, 'IA_NA');
INSERT INTO lease6_types VALUES (1, 'IA_TA');
INSERT INTO lease6_types VALUES (2, 'IA_PD');
