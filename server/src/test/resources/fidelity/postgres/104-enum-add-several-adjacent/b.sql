CREATE TYPE mood AS ENUM ('sad', 'ok', 'fine', 'good', 'happy');
