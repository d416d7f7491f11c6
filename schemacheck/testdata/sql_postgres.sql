-- PostgreSQL migration: the users of a shop.
-- privlint:purpose account
CREATE TABLE IF NOT EXISTS public."users" (
    id bigserial PRIMARY KEY,
    email text NOT NULL,                        -- found by its name
    first_name varchar(100),
    date_of_birth date,
    -- privlint:pii user.health_and_medical
    -- privlint:purpose wellness
    notes text,
    password_hash text,                         -- one-way: not PL101
    ssn text, -- privlint:encrypted
    national_id text DEFAULT 'x; CREATE TABLE fake (email text);',
    email_verified boolean DEFAULT false,
    tags text[],
    CONSTRAINT users_email_key UNIQUE (email)
);

/* A product's name is not personal data. */
CREATE TABLE products (
    id serial,
    name text,
    price numeric(10,2),
    description text
);

CREATE TABLE servers (
    id int,
    ip_address inet,
    hostname text
);

CREATE FUNCTION touch() RETURNS trigger AS $body$
BEGIN
  CREATE TABLE inside_a_function (email text);
  RETURN NEW;
END;
$body$ LANGUAGE plpgsql;

ALTER TABLE ONLY public.users ADD COLUMN IF NOT EXISTS phone_number text, ADD CONSTRAINT c CHECK (true);

CREATE TABLE patients (
    id uuid,
    diagnosis text,
    contact text
);
COMMENT ON COLUMN patients.diagnosis IS 'The diagnosis. pii:user.health_and_medical purpose:care';
COMMENT ON COLUMN patients.contact IS 'purpose:shipping';
SECURITY LABEL FOR anon ON COLUMN patients.contact IS 'MASKED WITH FUNCTION anon.fake_email()';
SECURITY LABEL FOR other ON COLUMN products.description IS 'MASKED WITH VALUE NULL';

-- privlint:purpose marketing
CREATE TABLE newsletter (
    email citext,
    -- privlint:pii false
    contact_email text
);

CREATE TABLE accounts (id int, iban text);
