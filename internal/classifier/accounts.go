package classifier

import (
	"slices"
	"strings"

	"github.com/privlint/privlint/rules"
)

// errorSubject returns the subject of an error type's name: the tokens
// between the error word (Err, Error, Exception) and the first predicate
// token (ErrUserNotExist: user; ErrUserIsNotLocal: user;
// UserNotFoundError: user). An error value holds data of its subject, so
// the subject, not the predicate, decides whether it is person-like. ok is
// false when toks name no error or no subject precedes the predicate
// (ErrNotExist, ErrInvalidTagName).
func (c *Classifier) errorSubject(toks []string) (subject []string, ok bool) {
	n := len(toks)
	if n < 2 || len(c.errWords) == 0 {
		return nil, false
	}
	var rest []string
	switch {
	case c.errWords[toks[0]]:
		rest = toks[1:]
	case c.errWords[toks[n-1]]:
		rest = toks[:n-1]
	default:
		return nil, false
	}
	i := slices.IndexFunc(rest, func(t string) bool { return c.errPreds[t] })
	switch {
	case i == 0:
		return nil, false
	case i > 0:
		rest = rest[:i]
	}
	return rest, true
}

// isErrorType reports whether a type name names an error value with a
// subject (see errorSubject).
func (c *Classifier) isErrorType(name string) bool {
	_, ok := c.errorSubject(c.identOf(lastSegment(name)).toks)
	return ok
}

// accountsBesidePasswords finds, after the members are classified, what a
// person's password makes personal beside it:
//   - a member that repeats the password for confirmation
//     (UserForm{Password, Confirmation}): the same password;
//   - a bare User string beside a bare password (Mailbox{Host, User,
//     Pwd}): the login the password goes with, as Username would be;
//   - a login name, e-mail address or secret qualified as the password
//     is (InstallForm{AdminName, AdminPasswd, AdminEmail}; MatrixBotUser
//     beside MatrixBotPassword; WallabagClientSecret beside
//     WallabagPassword): the qualifier names one account, and a person's
//     password makes it a person's, so its name is the login, its e-mail
//     the person's and its secrets the person's credentials, whatever
//     role the qualifier names.
//
// Only a password found as a person's counts: a configuration's or a
// system's (DbPasswd, SMTPPasswd) makes nothing personal.
func (c *Classifier) accountsBesidePasswords(o Object, out []Match) {
	login, email := c.byKey["user.account.username"], c.byKey["user.contact.email"]
	creds := c.byKey["user.authorization.credentials"]
	var pwBuf [4]int
	var qBuf [4][]string
	pws := pwBuf[:0] // the members found as a person's password
	quals := qBuf[:0]
	bare := -1 // a password with no qualifier (Password, Pwd)
	for i, m := range out {
		if m.Category == "" {
			continue
		}
		ci := c.byKey[m.Category]
		if ci == nil || !ci.password {
			continue
		}
		pws = append(pws, i)
		if q := c.passwordQualifier(c.identOf(o.Members[i].Name).toks, m.Pattern); len(q) > 0 {
			quals = append(quals, q)
		} else if bare < 0 {
			bare = i
		}
	}
	if len(pws) == 0 {
		return
	}
	for i := range o.Members {
		mem := &o.Members[i]
		if out[i].Category != "" || mem.NotPersonal || mem.Declared != nil || mem.Kind != KindString {
			continue
		}
		toks := c.identOf(mem.Name).toks
		if c.repeatsPassword(toks) {
			// It repeats the nearest password before it (the new one
			// after an old one), or the first.
			p := pws[0]
			for _, k := range pws {
				if k < i {
					p = k
				}
			}
			pw := out[p]
			out[i] = c.matchOf(c.byKey[pw.Category].c, Name, toks[len(toks)-1], pw.Protected)
			out[i].Details = []string{srcName + ":" + clip(strings.Join(toks, "_")) + "(whole)", "beside:password(" + clip(o.Members[p].Name) + ")"}
			continue
		}
		if bare >= 0 && login != nil && len(toks) == 1 && toks[0] == "user" && !c.tagNamesOther(mem) {
			// Mailbox{Host, User, Pwd}: the login the password goes with.
			out[i] = c.matchOf(login.c, Name, "user", false)
			out[i].Details = []string{srcName + ":user(whole)", "beside:password(" + clip(o.Members[bare].Name) + ")"}
			continue
		}
		for _, q := range quals {
			rest, ok := cutPrefix(toks, q)
			if !ok {
				continue
			}
			rest = c.dropSelf(rest)
			var cat *catInfo
			switch {
			case len(rest) == 0:
			case len(rest) == 1 && (rest[0] == "name" || rest[0] == "user"):
				cat = login
			default:
				rid := c.identOf(strings.Join(rest, "_"))
				h := c.newHolder("", Context{PersonLike: true})
				if m, ok, _ := c.name(rid, KindString, "", &h, true, Name); ok {
					if ci := c.byKey[m.Category]; ci != nil && (login != nil && rules.Covers(login.c.Key, m.Category) || email != nil && rules.Covers(email.c.Key, m.Category)) {
						cat = ci
					}
				}
				if cat == nil && creds != nil && c.headedBySecret(rid) {
					cat = creds
				}
			}
			if cat == nil {
				continue
			}
			out[i] = c.matchOf(cat.c, Name, strings.Join(rest, "_"), false)
			out[i].Details = []string{srcName + ":" + clip(strings.Join(rest, "_")) + "(head)", "qualifier:password(" + clip(strings.Join(q, "_")) + ")"}
			break
		}
	}
}

// tagNamesOther reports whether a tag of m names something other than
// a bare user (`json:"user_id"` on a User field): the tag decides
// against the field's name.
func (c *Classifier) tagNamesOther(m *Member) bool {
	for _, t := range m.TagNames {
		if t != "" && t != "-" && len([]rune(t)) > 1 && !c.onlyUser(t) {
			return true
		}
	}
	return false
}

// passwordQualifier returns the qualifier of a password member's name:
// its tokens before the password pattern, without self-qualifiers and
// repeat words (AdminConfirmPasswd: admin). It is empty for a bare
// password.
func (c *Classifier) passwordQualifier(toks []string, pattern string) []string {
	pat := squeezeTok(pattern)
	if pat == "" {
		return nil
	}
	for j := range toks {
		if strings.HasPrefix(strings.Join(toks[j:], ""), pat) {
			q := toks[:j:j]
			for len(q) > 0 && (c.selfQual[q[len(q)-1]] || c.repeats[q[len(q)-1]]) {
				q = q[:len(q)-1]
			}
			return q
		}
	}
	return nil
}

// repeatsPassword reports whether toks name a member that repeats a
// password: a repeat word but for self-qualifiers (Confirmation,
// PasswordConfirm is a pattern of its own).
func (c *Classifier) repeatsPassword(toks []string) bool {
	n := 0
	for _, t := range toks {
		switch {
		case c.repeats[t]:
			n++
		case !c.selfQual[t]:
			return false
		}
	}
	return n == 1
}

// dropSelf returns toks without self-qualifiers.
func (c *Classifier) dropSelf(toks []string) []string {
	var out []string
	for _, t := range toks {
		if !c.selfQual[t] {
			out = append(out, t)
		}
	}
	return out
}

// cutPrefix returns toks after the prefix q, if toks start with it and
// hold more.
func cutPrefix(toks, q []string) ([]string, bool) {
	if len(toks) <= len(q) || !slices.Equal(toks[:len(q)], q) {
		return nil, false
	}
	return toks[len(q):], true
}

// headedBySecret reports whether a credential pattern, the system's own
// (client_secret, api_key) or a person's (token, secret), ends id
// unvetoed: beside a person's password with the same qualifier it is a
// secret of that person's account.
func (c *Classifier) headedBySecret(id ident) bool {
	found := false
	c.eachRun(id, true, func(e entry, r span) {
		if found || e.str == contextual || e.cat.password {
			return
		}
		if (e.cat.credential || e.cat.c.Key == "system.authentication") && !c.vetoedAt(id, e.cat, r, e.str == strong) {
			found = true
		}
	})
	return found
}
