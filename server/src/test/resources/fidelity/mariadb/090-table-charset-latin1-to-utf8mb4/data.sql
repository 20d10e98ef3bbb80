INSERT INTO labels (id, name) VALUES (1, 'plain');
