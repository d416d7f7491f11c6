package classifier

import (
	"github.com/privlint/privlint/rules"
)

// loginUsers files a string member named just User as the login name
// where the holder is person-like (by its name or by co-occurrence) and
// also holds another of the person's account identifiers by name: a login
// name or an e-mail address (a session's or a token's claims: Email,
// User, PreferredUsername). Such a holder describes one signed-in
// person, and its bare User string is that person's user name as the
// identity provider or the login form gave it; a bare "user" is no
// pattern of its own, because elsewhere it may name a reference or a
// role (Config.User, Job.User). Members already classified, annotated
// or marked not personal keep what they have.
func (c *Classifier) loginUsers(o Object, why string, out []Match) {
	if len(out) != len(o.Members) {
		return
	}
	login := c.byKey["user.account.username"]
	if login == nil {
		return
	}
	idents := false
	for _, m := range out {
		if m.By == Annotation || m.By == Description {
			continue
		}
		if rules.Covers(login.c.Key, m.Category) || rules.Covers("user.contact.email", m.Category) {
			idents = true
			break
		}
	}
	if !idents {
		return
	}
	h := c.newHolder(o.TypeName, Context{PersonLike: true})
	h.why = why
	for i := range o.Members {
		m := &o.Members[i]
		if out[i].Category != "" || m.NotPersonal || m.Declared != nil || m.Infer || m.Kind != KindString || m.TypeName != "" {
			continue
		}
		if !c.onlyUser(m.Name) {
			continue
		}
		named := false // a tag that names something else decides against the field name
		for _, t := range m.TagNames {
			if t != "" && t != "-" && len([]rune(t)) > 1 && !c.onlyUser(t) {
				named = true
				break
			}
		}
		if named {
			continue
		}
		mm := c.matchOf(login.c, Name, "user", false)
		mm.Details = c.holderItems([]string{srcName + ":user(whole)"}, &h, false)
		out[i] = mm
	}
}

// onlyUser reports whether name is the single word user (User, user, USER).
func (c *Classifier) onlyUser(name string) bool {
	id := c.identOf(name)
	return len(id.toks) == 1 && id.toks[0] == "user"
}
