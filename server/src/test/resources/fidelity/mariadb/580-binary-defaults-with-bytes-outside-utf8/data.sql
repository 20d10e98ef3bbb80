INSERT INTO sessions VALUES (unhex('00112233445566778899aabbccddeeff'), 'x');
