-- +goose Up
-- privlint:purpose shipping
CREATE TABLE [Address] (
    [AddressId] INTEGER PRIMARY KEY AUTOINCREMENT,
    [Street] NVARCHAR(70),
    [City] NVARCHAR(40),
    [PostalCode] NVARCHAR(10),
    "Phone" NVARCHAR(24),
    Email
);
CREATE VIRTUAL TABLE docs USING fts5(email, body);
CREATE TABLE IF NOT EXISTS "Employee" ("EmployeeId" INTEGER NOT NULL, "LastName" NVARCHAR(20), "HireDate" DATETIME, "Fax" NVARCHAR(24));
CREATE TABLE Broken (email text, (oops));
CREATE TABLE t2 AS SELECT * FROM Employee;

-- +goose Down
DROP TABLE [Address];
CREATE TABLE undone (ssn text);
