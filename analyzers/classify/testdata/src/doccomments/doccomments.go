// Package doccomments: a field's doc comment or line comment is evidence,
// read as a schema's description is (SPEC §1.1).
package doccomments

// Ticket is not person-like by its name.
type Ticket struct {
	// Requester is the e-mail address of the person who opened the ticket.
	Requester string // want Requester:"pii user.contact.email by description"

	Callback string // the customer's phone number to call back // want Callback:"pii user.contact.phone_number by description"

	// A comment is softer evidence than a schema's description: with no
	// person in it, in a holder that is not person-like, it names nothing.
	Hotline string // the phone number to call for help

	// Ref is the full name of the created reference.
	Ref string

	// Editor is the e-mail address for the person responsible for the content.
	Editor string // want Editor:"pii user.contact.email by description"

	// Subject is the ticket's title.
	Subject string

	// Queue names the team that handles the ticket.
	Queue string

	// Channel: the number of the support line.
	Channel string
}

// Customer is person-like by its name.
type Customer struct {
	// Email is the customer's e-mail address.
	Email string // want Email:"pii user.contact.email by name"

	// Phone is the phone template used for the reminder calls.
	Phone string

	// EmailAddress indicates whether an e-mail address was given.
	EmailAddress string

	PostalCode string // the postal code count of the region

	// Name is the customer's full name.
	Name string // want Name:"pii user.name by name"

	// A directive is no description.
	//
	//privlint:purpose email_marketing
	Notes string

	//privlint:purpose email_marketing
	Remarks string
}

// Lexeme is a lexer's record: its comments name tokens, not credentials,
// and give code, not prose.
type Lexeme struct {
	// the last token of the owner's head
	Last string

	Symbol string // User.Email, parameter email, r.FormValue("email")

	// Transfer is "country (mechanism)" for a user's transfer.
	Transfer string

	// path + "." + Type.Field of the customer's record
	Source string
}

// Reviewer keeps a comment that is prose, e.g. about a person.
type Reviewer struct {
	// Asker is the e-mail address of the person who asked, e.g. a customer.
	Asker string // want Asker:"pii user.contact.email by description"
}

// Delivery records where data went. A comment's apposition that says the
// recipient is software or an organisation (an SDK, a processor) makes
// its name no person's; without one, a recipient's name is a person's.
type Delivery struct {
	Processor string // registered recipient name (payment SDKs)

	// Addressee is the recipient's name, as printed on the parcel.
	Addressee string // want Addressee:"pii user.name by description"
}
