package pkgpurpose

// Member inherits the package's purpose.
type Member struct {
	Email string
	Phone string // want `PL003 user.contact.phone_number in Member.Phone is not allowed by its purpose \(account allows`
}

// Parcel replaces the package's purpose with its own.
//
//privlint:purpose shipping
type Parcel struct {
	RecipientPhone string
	RecipientEmail string // want `PL003 user.contact.email in Parcel.RecipientEmail is not allowed by its purpose \(shipping allows`
	// A field declaration replaces the type's.
	//privlint:purpose account
	ContactEmail string
}

// Nested anonymous structs inherit the purposes of the field that holds them.
type Person struct {
	Home struct {
		Street string // want `PL003 user.contact.address.street in Person.Home.Street is not allowed`
	}
	//privlint:purpose shipping
	Work struct {
		Street string
	}
}
