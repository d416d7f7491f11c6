// Package deny holds the PL006 cases: deny rules judged on what each
// purpose processes, with Fides' semantics.
package deny

// Lead is processed for marketing.
type Lead struct {
	// Health data for a marketing use: forbidden.
	Conditions []string `pii:"user.health_and_medical" purpose:"campaigns"` // want `PL006 user.health_and_medical in Lead.Conditions is processed for purpose "campaigns", which deny rule "no-health-for-marketing" \(privlint.yaml:36\) forbids: data_categories ANY of user.health_and_medical \(processed: user.health_and_medical\); data_uses ANY of marketing \(processed: marketing.advertising\)`
	// The same purpose, a category the rule does not name: allowed.
	Email string `purpose:"campaigns"`
}

// Patient is processed for care: a data use the rule does not name.
type Patient struct {
	Diagnosis string `pii:"user.health_and_medical" purpose:"care"`
	Email     string `purpose:"care"`
}

// Pupil is a child's record: contact data of children is forbidden, a
// child's name is not.
type Pupil struct {
	ParentEmail string `pii:"user.contact.email" purpose:"kids_news"` // want `PL006 user.contact.email in Pupil.ParentEmail is processed for purpose "kids_news", which deny rule "no-contact-data-of-children"`
	FirstName   string `purpose:"kids_news"`
}

// Reader is an adult subscriber: the children's rule does not match its
// subjects.
type Reader struct {
	Email     string `purpose:"news"`
	FirstName string `purpose:"news"`
}

// Archive's purpose declares no data_use: privlint fails closed and judges
// it as if it might be any use: both rules that name a data use fire.
type Archive struct {
	Allergies []string `pii:"user.health_and_medical" purpose:"legacy"` // want `PL006 .*deny rule "no-health-for-marketing".*the purpose declares no data_use, so privlint assumes it may be any` `PL006 .*deny rule "support-sees-only-contact-and-name".*the purpose declares no data_use`
}

// Ticket: OTHER reports the categories outside the rule's values.
type Ticket struct {
	Email     string `purpose:"helpdesk"`
	LastName  string `purpose:"helpdesk"`
	Condition string `pii:"user.health_and_medical" purpose:"helpdesk"` // want `PL006 user.health_and_medical in Ticket.Condition is processed for purpose "helpdesk", which deny rule "support-sees-only-contact-and-name" \(privlint.yaml:42\) forbids: data_categories OTHER of user.contact, user.name \(processed: user.health_and_medical\)`
}
