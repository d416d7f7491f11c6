package classifier

import "testing"

// TestEmailRecordAddress covers the address of an e-mail record: a type
// whose name ends with the e-mail word (Email, UserEmail, EmailAddress)
// keeps one address of a person in its Address field, which is that
// e-mail address, not a postal one — with or without other personal
// members beside it. An Address in a type named for a person or a place
// stays postal, and one in a mail server's type stays nobody's.
func TestEmailRecordAddress(t *testing.T) {
	c := testClassifier(t)
	str := func(n, tag string) Member { return Member{Name: n, TagNames: []string{tag}, Kind: KindString} }
	meta := []Member{{Name: "ID", Kind: KindOther}, {Name: "UserID", Kind: KindOther}, {Name: "Verified", Kind: KindBool}, {Name: "CreatedAt", Kind: KindTime}}
	withIdentity := append(append([]Member{}, meta...), Member{Name: "User", Kind: KindStruct, TypeName: "User", TagNames: []string{"user"}}, Member{Name: "Identities", Kind: KindOther, TypeName: "Identities", TagNames: []string{"identity"}})
	cases := []evidenceCase{
		// Flag: the e-mail address of an e-mail record.
		{"bare e-mail record", "Email", str("Address", "address"), meta, "user.contact.email"},
		{"e-mail record beside an identity", "Email", str("Address", "address"), withIdentity, "user.contact.email"},
		{"a user's e-mail record", "UserEmail", str("Address", "address"), meta, "user.contact.email"},
		{"e-mail address record", "EmailAddress", str("Addr", "addr"), meta, "user.contact.email"},
		// Not postal: the record names its owner beside the address.
		{"e-mail record with its owner's name", "Email", str("Address", "address"), []Member{str("Name", "name"), str("Phone", "phone")}, "user.contact.email"},
		// Not an e-mail address: a postal one, and a mail server's.
		{"customer's postal address", "Customer", str("Address", "address"), []Member{str("Email", "email"), str("Name", "name")}, "user.contact.address"},
		{"mail server's address", "MailServer", str("Address", "address"), []Member{str("Port", "port")}, ""},
		{"e-mail template's address", "EmailTemplate", str("Address", "address"), []Member{str("Subject", "subject")}, ""},
	}
	checkEvidenceCases(t, c, cases)
}
