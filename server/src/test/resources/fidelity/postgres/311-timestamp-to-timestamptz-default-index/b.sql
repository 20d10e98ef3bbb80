CREATE TABLE session (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), created_at timestamptz NOT NULL DEFAULT CURRENT_TIMESTAMP, expires_at timestamptz(3) DEFAULT (now() + interval '2 hours'));
CREATE INDEX session_expiry ON session (expires_at) WHERE expires_at IS NOT NULL;
