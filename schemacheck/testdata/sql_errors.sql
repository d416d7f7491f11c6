CREATE TABLE ok1 (ssn text);
CREATE TABLE (email text);
CREATE TABLE nolist email text;
ALTER TABLE;
-- privlint:bogus
CREATE TABLE ok2 (
  email text -- privlint:pii user.not_a_category
);
COMMENT ON COLUMN ok1.ssn IS 'purpose:account';
SELECT 'unterminated;
CREATE TABLE never_read (ssn text);
