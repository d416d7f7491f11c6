package logcases

import (
	"log"
	netmail "net/mail"
)

// Envelope is a mail message's addressing: its recipients' addresses.
type Envelope struct {
	To      []netmail.Address
	Subject string
	Tries   [3]Attempt
}

// Attempt is one delivery attempt.
type Attempt struct {
	Code int
	Note string
}

// MailEvent hands an envelope to a hook.
type MailEvent struct {
	Envelope *Envelope
}

// recipientParts logs parts of the elements of a personal-data list
// field: the string fields of a recipient in To are the recipient's
// address or name; the message's own fields, a number of an element of a
// list that holds no personal data, are not.
func recipientParts(e *MailEvent) {
	var to string
	if len(e.Envelope.To) > 0 {
		to = e.Envelope.To[0].Address
	}
	log.Println("failed to update the sent-to field", to) // want `PL102 user\.contact\.email from Envelope\.To is written to the log \(log\.Println\)`
	for _, r := range e.Envelope.To {
		log.Println("recipient", r.Name) // want `PL102 user\.contact\.email from Envelope\.To is written to the log \(log\.Println\)`
	}
	log.Println("subject", e.Envelope.Subject)                   // ok: a subject is the message's
	log.Println("code", e.Envelope.Tries[0].Code)                // ok: an attempt's status code
	log.Println("note", e.Envelope.Tries[1].Note)                // ok: an element of a list of no personal data
	log.Println("count", len(e.Envelope.To), e.Envelope.Subject) // ok: a count
}
