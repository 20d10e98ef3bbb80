CREATE TABLE order_lines (
  id int NOT NULL,
  gross decimal(10,2) AS (net * 1.2) VIRTUAL,
  net decimal(10,2) NOT NULL,
  label varchar(30) AS (concat('#', id)) STORED,
  qty int NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  KEY ix_order_lines_label (label)
);
