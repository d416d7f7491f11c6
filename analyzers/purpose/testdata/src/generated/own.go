package generated

// Account is hand-written code in the same package: reported as usual.
type Account struct {
	Email string // want `PL001 user.contact.email in Account.Email has no declared purpose`
}
