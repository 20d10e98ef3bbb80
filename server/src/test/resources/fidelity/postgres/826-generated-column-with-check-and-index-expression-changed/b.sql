CREATE TABLE rects (id integer PRIMARY KEY, w numeric NOT NULL, h numeric NOT NULL,
    area numeric GENERATED ALWAYS AS (round(w * h, 2)) STORED CONSTRAINT area_pos CHECK (area > 0));
CREATE INDEX rects_area ON rects (area);
