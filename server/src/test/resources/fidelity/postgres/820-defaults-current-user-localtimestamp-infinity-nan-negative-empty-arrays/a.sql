CREATE TABLE audit (id integer PRIMARY KEY, who name DEFAULT CURRENT_USER, at timestamp(0) DEFAULT LOCALTIMESTAMP(0), valid_until timestamp DEFAULT 'infinity',
    score numeric DEFAULT 'NaN', delta integer DEFAULT -1, tags text[] DEFAULT '{}', ids integer[] DEFAULT ARRAY[]::integer[], flag "char" DEFAULT 'a',
    day date DEFAULT CURRENT_DATE, sep text DEFAULT E'\n', bits varbit DEFAULT B'0', ratio real DEFAULT -1.5, big bigint DEFAULT 9223372036854775807);
