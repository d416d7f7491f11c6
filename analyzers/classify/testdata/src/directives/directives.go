//privlint:purpose account

// Package directives shows purposes declared at each level.
package directives

// Member takes the package's purpose.
type Member struct {
	Email string // want Email:"pii user.contact.email by name purposes account from package"
}

// Buyer replaces it with its own.
//
//privlint:purpose billing shipping
type Buyer struct {
	Email string // want Email:"pii user.contact.email by name purposes billing,shipping from type"
	//privlint:purpose marketing
	Phone  string // want Phone:"pii user.contact.phone_number by name purposes marketing from field"
	Mobile string `purpose:"support"` //privlint:purpose ignored-by-tag // want Mobile:"pii user.contact.phone_number by name purposes support from field"
}

//privlint:purpse account // want `PL005 unknown directive "//privlint:purpse"`

//privlint:ignore // want `PL005 //privlint:ignore names no rule`

//privlint:ignore PL001 // want `PL005 //privlint:ignore PL001 has no reason, so it suppresses nothing`

//privlint:ignore PLX01 reason // want `PL005 //privlint:ignore names PLX01, which is not a rule id`

//privlint:purpose // want `PL005 //privlint:purpose names no purpose`
