package suppress

// Patient shows suppressions.
type Patient struct {
	//privlint:ignore PL001 kept only in memory for the session, see DPIA-12
	Email string
	Phone string //privlint:ignore PL001,PL003 call-backs only
	// An ignore without a reason suppresses nothing.
	//privlint:ignore PL001
	Mobile string // want `PL001 user.contact.phone_number in Patient.Mobile has no declared purpose`
	// An ignore for another rule suppresses nothing.
	//privlint:ignore PL003 wrong rule
	Fax string // want `PL001 user.contact.fax_number in Patient.Fax has no declared purpose`
}
