package failclosed

// Account is judged with the policy found above; privlint fails closed.
type Account struct {
	Email string // want `PL001 user.contact.email in Account.Email has no declared purpose`
}
