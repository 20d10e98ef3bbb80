CREATE TABLE order_lines (
  id int NOT NULL,
  label varchar(30) AS (concat('#', id)) STORED,
  net decimal(10,2) NOT NULL,
  qty int NOT NULL DEFAULT 1,
  gross decimal(10,2) AS (net * 1.2) VIRTUAL,
  PRIMARY KEY (id),
  KEY ix_order_lines_label (label)
);
