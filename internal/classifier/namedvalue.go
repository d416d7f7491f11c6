package classifier

import "github.com/privlint/privlint/rules"

// namedValues files a plain string member named just Value as the contact
// datum its holder's name names (EmailAddress{Value, Verified},
// PhoneNumber{Value, Type}, RecoveryAddress{Value, Via}): a record named
// for an e-mail address, a phone number or an address that keeps the
// datum itself under a bare Value, as SCIM's emails and phoneNumbers do.
// Only contact data counts: a bare Value beside a Name or an ID may be
// anything's. A holder that is configuration, a thing or an
// organisation gives nothing. Members already classified, annotated or
// marked not personal keep what they have.
func (c *Classifier) namedValues(o Object, out []Match) {
	if len(out) != len(o.Members) {
		return
	}
	h := c.newHolder(o.TypeName, Context{})
	if h.config || h.thing || h.org || len(h.named) == 0 {
		return
	}
	var ci *catInfo
	for _, k := range h.named {
		if rules.Covers("user.contact", k) && k != "user.contact" {
			ci = c.byKey[k]
			break
		}
	}
	if ci == nil {
		return
	}
	c.fileBareWord(o, out, "value", ci, &h)
}
