package classifier

import "testing"

// TestPartOnlyStreet covers a weak street word with a common other
// sense: via is Italian for street, but an address's Via is as often the
// channel it is reached by (email, sms). It counts beside another part of
// a postal address, not alone; street, which has no other sense, counts
// alone in an address.
func TestPartOnlyStreet(t *testing.T) {
	c := testClassifier(t)
	const street = "user.contact.address.street"
	s := func(name string, tags ...string) Member { return Member{Name: name, TagNames: tags, Kind: KindString} }
	cases := []holderCase{
		{"Indirizzo", []Member{s("Via"), s("Cap"), s("Citta")}, street},
		{"Address", []Member{s("Via"), s("City"), s("Zip")}, street},
		{"Address", []Member{s("Street")}, street},
		{"RecoveryAddress", []Member{s("Via", "via"), s("Value", "value"), s("Status", "status")}, ""},
		{"VerifiableAddress", []Member{s("Via", "via"), s("Value", "value"), s("Verified", "verified")}, ""},
		{"PendingTraitsChange", []Member{s("NewAddressVia", "new_address_via"), s("NewAddressValue", "new_address_value")}, ""},
	}
	checkHolderCases(t, c, cases)
}
