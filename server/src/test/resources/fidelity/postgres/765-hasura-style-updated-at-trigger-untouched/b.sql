CREATE FUNCTION public.set_current_timestamp_updated_at() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE _new record;
BEGIN _new := NEW; _new."updated_at" = now(); RETURN _new; END; $$;
CREATE TABLE public.users (id text NOT NULL, name text NOT NULL, created_at timestamptz DEFAULT now() NOT NULL, last_seen timestamptz);
ALTER TABLE ONLY public.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);
CREATE TABLE public.todos (id uuid DEFAULT gen_random_uuid() NOT NULL, title text NOT NULL, is_completed boolean DEFAULT false NOT NULL, is_public boolean DEFAULT false NOT NULL, created_at timestamptz DEFAULT now() NOT NULL, updated_at timestamptz DEFAULT now() NOT NULL, user_id text NOT NULL);
ALTER TABLE ONLY public.todos ADD CONSTRAINT todos_pkey PRIMARY KEY (id);
ALTER TABLE ONLY public.todos ADD CONSTRAINT todos_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(id) ON UPDATE RESTRICT ON DELETE RESTRICT;
CREATE INDEX todos_user_id_created_at ON public.todos (user_id, created_at DESC);
CREATE TRIGGER set_public_todos_updated_at BEFORE UPDATE ON public.todos FOR EACH ROW EXECUTE FUNCTION public.set_current_timestamp_updated_at();
COMMENT ON TRIGGER set_public_todos_updated_at ON public.todos IS 'trigger to set value of column "updated_at" to current timestamp on row update';
