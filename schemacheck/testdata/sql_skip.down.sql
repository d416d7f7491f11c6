CREATE TABLE undone (ssn text);
