CREATE TABLE session (id uuid PRIMARY KEY, created_at timestamp NOT NULL DEFAULT now(), expires_at timestamp(0) DEFAULT (now() + interval '1 day'));
CREATE INDEX session_expiry ON session (expires_at) WHERE expires_at IS NOT NULL;
