package logcases

import (
	"log"
	"strings"
)

// Member is a person with an e-mail address.
type Member struct {
	Email string
}

// emailDomains logs parts of an e-mail address cut at its "@": the part
// after it is the mail domain (a company's or a provider's), which
// identifies no one; the part before it is the person's mailbox.
func emailDomains(m Member, allowed string) {
	parts := strings.Split(m.Email, "@")
	domain := parts[len(parts)-1]
	if domain != allowed {
		log.Println("ignoring mail from domain", domain) // ok: the domain only
	}
	log.Println("second part", strings.Split(m.Email, "@")[1]) // ok: the domain only
	log.Println("host", strings.SplitN(m.Email, "@", 2)[1])    // ok: the domain only
	_, host, _ := strings.Cut(m.Email, "@")
	log.Println("cut host", host)                                        // ok: the domain only
	log.Println("after at", m.Email[strings.LastIndex(m.Email, "@")+1:]) // ok: the domain only

	log.Println("mailbox", parts[0]) // want `PL102 user\.contact\.email from Member\.Email is written to the log \(log\.Println\)`
	local, _, _ := strings.Cut(m.Email, "@")
	log.Println("local", local)                                   // want `PL102 user\.contact\.email from Member\.Email is written to the log \(log\.Println\)`
	log.Println("upto at", m.Email[:strings.Index(m.Email, "@")]) // want `PL102 user\.contact\.email from Member\.Email is written to the log \(log\.Println\)`
	words := strings.Split(m.Email, ".")
	log.Println("word", words[1]) // want `PL102 user\.contact\.email from Member\.Email is written to the log \(log\.Println\)`
	for _, p := range parts {
		log.Println("part", p) // want `PL102 user\.contact\.email from Member\.Email is written to the log \(log\.Println\)`
	}
}
