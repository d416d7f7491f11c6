package classifier

import "github.com/privlint/privlint/rules"

// serverName reports whether the head of a type's name (or of the field
// holding an anonymous struct) names a server or a store the application
// logs into (server_types): Server, IMAPServer, Database.
func (c *Classifier) serverName(name string) bool {
	if len(c.servers) == 0 {
		return false
	}
	toks := trimVersion(c.headTokens(c.identOf(lastSegment(name)).toks))
	n := len(toks)
	if n == 0 {
		return false
	}
	return c.servers[toks[n-1]] || (n > 1 && c.servers[toks[n-2]+"_"+toks[n-1]])
}

// serverLogins cancels the logins, passwords and tokens that a server's
// settings hold by their names (an SMTP relay's Username and Password; a
// holder with a Host and a Port, see hostAndPort):
// they are the system's account at that server, even beside an e-mail
// address that makes the holder person-like. A holder person-like by its
// name keeps them, and so does a record a user owns (a UserID member: a
// phishing tool's per-user SMTP sending profile holds that user's login
// at their mail server); an annotation, a Go type and a format count.
func (c *Classifier) serverLogins(o Object, personLike bool, out []Match) {
	if personLike || !(c.serverName(o.TypeName) || c.hostAndPort(o)) || c.ownedRecord(o) {
		return
	}
	for i, m := range out {
		if m.Category == "" || m.By == Annotation || m.By == Type || m.By == Format {
			continue
		}
		if rules.Covers("user.authorization", m.Category) || rules.Covers("user.account.username", m.Category) {
			out[i] = Match{}
		}
	}
}

// hostAndPort reports whether o holds a bare Host (Hostname) and a bare
// Port, or a bare list of a cluster's nodes (Endpoints, Hosts, Brokers):
// the settings of a connection to a server (a database adapter's Host,
// Port, User, Password, Database; an etcd client's Endpoints, Username,
// Password), which serverLogins treats as a server's, whatever the
// holder's name.
func (c *Classifier) hostAndPort(o Object) bool {
	host, port := false, false
	for i := range o.Members {
		toks := c.identOf(o.Members[i].Name).toks
		if len(toks) != 1 {
			continue
		}
		switch toks[0] {
		case "host", "hostname":
			host = true
		case "port":
			port = true
		case "endpoints", "hosts", "brokers":
			return true
		}
	}
	return host && port
}

// ownedRecord reports whether a member of o refers to the person who owns
// it: an id named for a person (UserID, OwnerID, user_uuid).
func (c *Classifier) ownedRecord(o Object) bool {
	for i := range o.Members {
		toks := c.identOf(o.Members[i].Name).toks
		n := len(toks)
		if n >= 2 && (toks[n-1] == "id" || toks[n-1] == "uuid") && c.person[toks[n-2]] {
			return true
		}
	}
	return false
}
