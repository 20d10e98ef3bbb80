CREATE TABLE d (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), doc jsonb NOT NULL DEFAULT '{}', j json);
