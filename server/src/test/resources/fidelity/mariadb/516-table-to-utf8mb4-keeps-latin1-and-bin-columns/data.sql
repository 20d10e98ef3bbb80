INSERT INTO codes (code, label, token, notes) VALUES ('A1', 'Café', 'Tok', 'naïve'), ('a1', 'cafe', 'tok', NULL);
