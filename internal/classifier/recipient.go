package classifier

// messageWords are the last tokens of a type name that make it a
// message sent to somebody: an e-mail, a text, a notification.
var messageWords = map[string]bool{
	"message": true, "email": true, "mail": true, "sms": true, "notification": true, "letter": true,
}

// messageParts are bare member names of the content of a message.
var messageParts = map[string]bool{"subject": true, "body": true}

// messageRecipients files a plain string member named just Recipient,
// To, Cc or Bcc (a string or a list of them) as the address a message
// goes to (user.contact: an e-mail address or a
// phone number) where the holder is named for a message (Message, Email,
// SMS, Notification) and holds a Subject or a Body: such a holder is a
// message being sent, and its Recipient is whoever it is sent to, by
// address. A bare "recipient" is no pattern of its own (a person word: a
// recipient's Name or Email is the recipient's), and elsewhere it may
// name a reference or a role. Members already classified, annotated or
// marked not personal keep what they have.
func (c *Classifier) messageRecipients(o Object, out []Match) {
	if len(out) != len(o.Members) {
		return
	}
	contact := c.byKey["user.contact"]
	if contact == nil {
		return
	}
	id := c.identOf(lastSegment(o.TypeName))
	if len(id.toks) == 0 || !messageWords[id.toks[len(id.toks)-1]] {
		return
	}
	content := false
	for i := range o.Members {
		if n := c.identOf(o.Members[i].Name); len(n.toks) == 1 && messageParts[n.toks[0]] && o.Members[i].Kind == KindString {
			content = true
			break
		}
	}
	if !content {
		return
	}
	h := c.newHolder(o.TypeName, Context{})
	for _, w := range recipientWords {
		c.fileBareWord(o, out, w, contact, &h)
	}
}

// recipientWords are the bare member names of a message's recipients:
// Recipient, and the To, Cc and Bcc of its header (a list of addresses
// as often as one).
var recipientWords = []string{"recipient", "to", "cc", "bcc"}

// fileBareWord files each plain string member named just w (by its name
// and by every tag it has) as category ci, found by name in holder h's
// context: the rule namedValues and messageRecipients share once their
// holder qualifies. Members already classified, annotated, marked not
// personal or of a named type keep what they have, and a tag that names
// something else decides against the field's name.
func (c *Classifier) fileBareWord(o Object, out []Match, w string, ci *catInfo, h *holder) {
	for i := range o.Members {
		m := &o.Members[i]
		if out[i].Category != "" || m.NotPersonal || m.Declared != nil || m.Infer || m.Kind != KindString || m.TypeName != "" {
			continue
		}
		if !c.onlyWord(m.Name, w) {
			continue
		}
		named := false
		for _, t := range m.TagNames {
			if t != "" && t != "-" && !c.onlyWord(t, w) {
				named = true
				break
			}
		}
		if named {
			continue
		}
		mm := c.matchOf(ci.c, Name, w, false)
		mm.Details = []string{srcName + ":" + w + "(whole)", holderItem("context", h)}
		out[i] = mm
	}
}

// onlyWord reports whether name is the single word w in any case.
func (c *Classifier) onlyWord(name, w string) bool {
	id := c.identOf(name)
	return len(id.toks) == 1 && id.toks[0] == w
}
