package logcases

import "log"

// anonymousRows logs fields of anonymous structs: a slice literal's
// element and a parameter's struct hold personal data like a declared
// type's fields.
func anonymousRows(signup struct{ Email string }) {
	rows := []struct{ FullName, SSN string }{{"Ada Lovelace", "078-05-1120"}}
	log.Println("ssn", rows[0].SSN)       // want `PL102 user\.government_id\.national_identification_number from rows\.SSN is written to the log \(log\.Println\)`
	log.Printf("signup %s", signup.Email) // want `PL102 user\.contact\.email from signup\.Email is written to the log \(log\.Printf\)`

	f := struct{ FileName string }{"report.csv"}
	log.Println("wrote", f.FileName) // ok: a file's name
}
