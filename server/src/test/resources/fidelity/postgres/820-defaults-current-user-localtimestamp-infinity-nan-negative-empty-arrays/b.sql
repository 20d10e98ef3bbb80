CREATE TABLE audit (id integer PRIMARY KEY, who name DEFAULT SESSION_USER, at timestamp(0) DEFAULT (now() AT TIME ZONE 'utc'), valid_until timestamp DEFAULT '-infinity',
    score numeric DEFAULT '-Infinity', delta integer DEFAULT (-2), tags text[] DEFAULT ARRAY['a', 'b'], ids integer[] DEFAULT '{1,2}', flag "char" DEFAULT 'b',
    day date DEFAULT (CURRENT_DATE + 1), sep text DEFAULT E'\t', bits varbit DEFAULT B'01', ratio real DEFAULT 'Infinity', big bigint DEFAULT -9223372036854775808,
    tz timestamptz DEFAULT clock_timestamp(), token text DEFAULT md5(random()::text), yr integer DEFAULT EXTRACT(year FROM CURRENT_DATE));
