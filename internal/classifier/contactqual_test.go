package classifier

import "testing"

// TestContactQualifier covers a contact address in a holder named for no
// person (taxonomy contact_qualifiers): ContactEmail and ContactName say
// whom to reach about the holder — a site, a community, an event has one
// — so they do not make the holder person-like by co-occurrence, and its
// bare Name stays the thing's. The contact address itself is still
// reported, and an address of the holder's own (Email) still makes the
// holder person-like.
func TestContactQualifier(t *testing.T) {
	c := testClassifier(t)
	tagged := func(n, tag string) Member { return Member{Name: n, TagNames: []string{tag}} }
	site := []Member{tagged("ShortDescription", "short_description"), tagged("SiteURL", "site_url"), tagged("ContactEmail", "contact_email")}
	cases := []evidenceCase{
		// Not: the name of a site, a community or a meetup.
		{"site settings form", "SiteGeneralReq", tagged("Name", "name"), site, ""},
		{"community with a contact", "CommunityInfo", Member{Name: "Name"}, []Member{{Name: "HomepageURL"}, {Name: "ContactEmail"}}, ""},
		{"meetup with a contact person", "Meetup", Member{Name: "Name"}, []Member{{Name: "ContactName"}, {Name: "ContactPhone"}}, ""},
		// Still: the contact address itself, a person-like holder, and a
		// holder that holds an address of its own.
		{"the contact address", "SiteGeneralReq", tagged("ContactEmail", "contact_email"), []Member{tagged("Name", "name")}, "user.contact.email"},
		{"a customer's contact address", "Customer", Member{Name: "Name"}, []Member{{Name: "ContactEmail"}}, "user.name"},
		{"own address beside a contact", "SignupForm", Member{Name: "FullName"}, []Member{{Name: "Email"}, {Name: "ContactEmail"}}, "user.name"},
		{"own address, bare name", "Booking", Member{Name: "Name"}, []Member{{Name: "Email"}, {Name: "ContactPhone"}}, "user.name"},
	}
	checkEvidenceCases(t, c, cases)
}
