// Package weakcolumn holds PL105 cases of personal data only encoded
// (base64, hex) and bound by a SQL statement to a column marked encrypted
// (the column of a field tagged pii:"…,encrypted"). Lines with a want
// comment must be reported with that message; lines marked `// ok: <why>`
// must not.
package weakcolumn

import (
	"crypto/cipher"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
)

// Patient is a clinic's patient as stored.
type Patient struct {
	ID       int64
	Email    string
	SSN      string `db:"ssn_sealed" pii:"user.government_id.national_identification_number,encrypted"`
	PhoneEnc string `pii:"user.contact.phone_number,encrypted"`
}

func insertEncoded(db *sql.DB, email, ssn string) {
	db.Exec("INSERT INTO patients (email, ssn_sealed) VALUES ($1, $2)", email,
		base64.StdEncoding.EncodeToString([]byte(ssn))) // want `PL105 user\.government_id\.national_identification_number from parameter ssn of insertEncoded is only encoded with base64\.StdEncoding\.EncodeToString, not encrypted, and stored in column ssn_sealed, a column marked encrypted`
}

func updateEncoded(db *sql.DB, id int64, phone string) {
	db.Exec("UPDATE patients SET phone_enc = ? WHERE id = ?", hex.EncodeToString([]byte(phone)), id) // want `PL105 user\.contact\.phone_number from parameter phone of updateEncoded is only encoded with hex\.EncodeToString, not encrypted, and stored in column phone_enc, a column marked encrypted`
}

func insertSealed(db *sql.DB, aead cipher.AEAD, nonce []byte, ssn string) {
	db.Exec("INSERT INTO patients (ssn_sealed) VALUES ($1)",
		base64.StdEncoding.EncodeToString(aead.Seal(nil, nonce, []byte(ssn), nil))) // ok: encrypted, then encoded
}

func insertOtherColumn(db *sql.DB, ssn string) {
	db.Exec("INSERT INTO audit (note) VALUES ($1)", base64.StdEncoding.EncodeToString([]byte(ssn))) // ok: the column is not marked encrypted (PL101 judges it)
}

func insertExpression(db *sql.DB, ssn string) {
	db.Exec("INSERT INTO patients (ssn_sealed) VALUES (upper($1))", base64.StdEncoding.EncodeToString([]byte(ssn))) // ok: the value is an expression, not the column's
}
