package annot

// Record shows annotations: they beat names and types.
type Record struct {
	A     string `pii:"user.contact.email"` // want A:"pii user.contact.email by annotation"
	B     string `pii:"email"`              // want B:"pii user.contact.email by annotation"
	C     string `pii:"ssn,encrypted"`      // want C:"pii user.government_id.national_identification_number by annotation encrypted"
	D     string `pii:"true"`               // want D:"pii user by annotation"
	Email string `pii:"-"`
	E     string `pii:"user.health"`               // want E:"pii user.health_and_medical by annotation"
	F     string `pii:"user.shoe_size"`            // want F:"pii user by annotation" `PL005 unknown personal-data category "user.shoe_size"`
	G     string `pii:"user.contact.email,hashed"` // want G:"pii user.contact.email by annotation" `PL005 unknown pii tag option "hashed"`
	H     string `mask:"email"`                    // want H:"pii user.contact.email by annotation"
	Phone string `pii:"true" purpose:"account"`    // want Phone:"pii user.contact.phone_number by annotation purposes account from field"
}
