-- Queries of the namedsql cases, named as goyesql reads them.

-- name: insert-user
-- Passwords are hashed by the database.
INSERT INTO users (email, ssn, password) VALUES ($1, $2, CRYPT($3, GEN_SALT('bf'))) RETURNING id;

-- name: update-ssn
UPDATE users SET ssn = $2 WHERE id = $1;

-- name: delete-sessions
DELETE FROM sessions WHERE user_ssn = $1;

-- name: get-user
SELECT * FROM users WHERE ssn = $1;

-- name: set-password
WITH u AS (SELECT id FROM users WHERE id = $1)
UPDATE users SET password = (CASE WHEN $2 != '' THEN CRYPT($2, GEN_SALT('bf')) ELSE password END) WHERE id = $1;
