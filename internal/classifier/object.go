package classifier

import (
	"slices"
	"strings"

	"github.com/privlint/privlint/rules"
)

// Member is one field of a struct or one property of a schema object.
type Member struct {
	// Name is the Go field name or the property name.
	Name string
	// TagNames are json/db/gorm/bson/yaml tag names (Go); a tag name is
	// stronger evidence than the field name.
	TagNames []string
	// TagKeys, when set, are the tag keys of TagNames, index-aligned
	// (json, db, gorm), for the evidence a match lists.
	TagKeys []string
	// GoType is the qualified Go type of the field, "" for schemas.
	GoType string
	// Format is the schema format, "" for Go.
	Format string
	// Description is the schema's description (or title), or a Go field's
	// doc or line comment: its subject is evidence when the name gives
	// none, and it refutes the name's category when it names something
	// else (SPEC §1.1).
	Description string
	// SoftDescription says Description is a code comment, less careful
	// than a schema's text: where it must name the data itself (the name
	// gave none), it counts only as weak evidence does (a person-like
	// holder, a person qualifier, an ancestor category) unless its first
	// sentence speaks of a person ("the e-mail address for the person
	// responsible …"; not "the full name of the created reference").
	SoftDescription bool
	// Kind is the member's value kind.
	Kind Kind
	// TypeName is the member's own named type name, if any.
	TypeName string
	// Embedded says the member is an embedded field: its name is its
	// type's.
	Embedded bool
	// Declared is an explicit annotation. Declared.Category == "" with
	// Infer set means pii:"true" / x-pii: true.
	Declared *Match
	// Infer: the annotation says "personal, infer the category" (the
	// fallback category is "user").
	Infer bool
	// NotPersonal: pii:"-" / x-pii: false.
	NotPersonal bool
}

// Object is one struct or schema object whose members are classified together.
type Object struct {
	// TypeName is the type's name, or for an anonymous struct the name of
	// the field holding it.
	TypeName string
	// Package is the name of the package that declares the type (Go
	// only; "" for schemas): a type declared in a configuration package
	// (options, config, settings) is configuration whatever its name.
	Package string
	// PackagePath is the import path of that package (Go only): a package
	// nested in a configuration package's directory
	// (internal/configuration/schema) is configuration too.
	PackagePath string
	// PersonLike says the object is part of a person-like declaration (an
	// anonymous struct or inline schema nested in one), whatever its name.
	PersonLike bool
	// InConfig says the object is part of a configuration declaration
	// (an anonymous struct nested in a Settings type or in an Opt
	// literal): it is configuration unless its own name is a person's
	// (Settings.SMTP's Username and Password are the system's login at
	// its mail server).
	InConfig bool
	// Loaded says a configuration loader fills the object (its fields
	// carry koanf tags): it is configuration unless its own name is a
	// person's (a file-based user database is loaded with koanf too:
	// authelia's model.User).
	Loaded bool
	// FromEnv says the object is filled from environment variables (its
	// fields carry env or envconfig tags): it is configuration whatever
	// its name (dbLogin{User, Password} is the database's login).
	FromEnv bool
	// Members are the fields or properties, in order.
	Members []Member
	// Provider are the lower-case names of the organisation that serves
	// the schema (an API's provider, from its servers' host names): a
	// description that names it as the owner of a value ("The Acme
	// account name") speaks of its own account or number.
	Provider []string
}

// memberResult is a member's match with what co-occurrence needs.
type memberResult struct {
	m          Match
	ok         bool
	identifies bool // a strong match of a category that names the person themself
}

// Object classifies the members of one struct or schema object together
// and returns one Match per member, index-aligned (Category "" = not
// personal). A type is person-like by its name (TypeName) or by
// co-occurrence: when it is not configuration and a member is found by a
// Go type, a format, an annotation, or a strong pattern of a category that
// names the person themself (e-mail, phone, first/last/full name, date of
// birth, government id), weak patterns count for all members. A name
// qualified by anything but a self-qualifier (OrganizerEmail,
// CustomerEmail) names somebody else and does not count; role-qualified
// names (FromEmail, SupportEmail, NoreplyEmail) are vetoed outright.
// Configuration types (Config, Settings, …) are never person-like, and
// credentials in them are system.authentication, reported as not personal.
func (c *Classifier) Object(o Object) []Match {
	ms, _ := c.Judge(o)
	return ms
}

// Judge is Object that also says whether the object was judged
// person-like (by its name, by o.PersonLike or by co-occurrence), so that
// objects nested in it can inherit that.
func (c *Classifier) Judge(o Object) (matches []Match, personLike bool) {
	personLike, config, keyMap := c.objectKind(o)
	byName := personLike
	why := whyPersonLike
	if o.PersonLike && !config && !personLike && !c.thingName(o.TypeName) {
		// Nested in a person-like declaration, it is the person's —
		// unless it is named for a thing (User.UserRole's Name is the
		// role's).
		personLike, why = true, whyInPerson
	}
	// A member that names the person themself makes the object
	// person-like by co-occurrence, and its members are classified again
	// as such; a thing or an organisation (Company, Price, Terminal) does
	// not become person-like because it holds an e-mail address.
	res, identified := c.classifyMembers(o, personLike, config, why, !personLike && !config)
	if identified {
		res, _ = c.classifyMembers(o, true, false, whyCoOccurrence, false)
		personLike, why = true, whyCoOccurrence
	}
	out := make([]Match, len(res))
	for i, r := range res {
		if r.ok {
			out[i] = r.m
		}
	}
	if keyMap {
		keyNames(o, out)
	}
	if !personLike {
		for i := range out {
			if c.keyedLabel(o, i, out[i]) {
				out[i] = Match{}
			}
		}
	}
	c.siblingVetoes(o, out)
	c.accountsBesidePasswords(o, out)
	c.loginNames(o, out)
	c.serverLogins(o, byName, out)
	if personLike && !config {
		c.loginUsers(o, why, out)
	}
	if !config {
		c.messageRecipients(o, out)
		c.namedValues(o, out)
	}
	return out, personLike
}

// inConfigDir reports whether the import path's next-to-last element
// names a configuration package (…/configuration/schema, …/config/types):
// the types of a package nested in one describe the configuration.
func (c *Classifier) inConfigDir(path string) bool {
	i := strings.LastIndexByte(path, '/')
	if i <= 0 {
		return false
	}
	parent := path[:i]
	return c.configPkg[squeezeTok(parent[strings.LastIndexByte(parent, '/')+1:])]
}

// objectKind says whether o is person-like by its name and whether it is
// configuration: by its name, its package, a mapping of keys (keyMap),
// a configuration loader's tags (Object.Loaded), or by being part of a
// configuration declaration (Object.InConfig).
func (c *Classifier) objectKind(o Object) (personLike, config, keyMap bool) {
	personLike, config = c.TypeName(o.TypeName)
	keyMap = c.keyMap(o.TypeName)
	if !config && (c.configPkg[o.Package] || c.inConfigDir(o.PackagePath) || keyMap || o.FromEnv || ((o.Loaded || o.InConfig) && !personLike)) {
		personLike, config = false, true
	}
	if config && !keyMap {
		keyMap = c.configKeyList(o.TypeName)
	}
	if !config && c.fieldDefinition(o) {
		personLike, config = false, true
	}
	return personLike, config, keyMap
}

// fieldDefinitionWords are the last tokens of a member's name that only
// the definition of an input field has: the hint shown in it and the
// expression its input must match.
var fieldDefinitionWords = map[string]bool{"placeholder": true, "regex": true, "regexp": true}

// fieldDefinition reports whether o defines an input field of a form or
// how input is validated (a SignupItem{Name, Label, Placeholder, Regex},
// a provider's EmailRegex): a member named for a field's placeholder or a
// validating expression says so, whatever the type's name (a sign-up's
// item is no sign-up); no record of a person holds one. Its Name is the
// field's, and it is judged as configuration.
func (c *Classifier) fieldDefinition(o Object) bool {
	for i := range o.Members {
		m := &o.Members[i]
		if m.Kind != KindString {
			continue
		}
		if toks := c.identOf(m.Name).toks; len(toks) > 0 && fieldDefinitionWords[toks[len(toks)-1]] {
			return true
		}
	}
	return false
}

// thingName reports whether the head of a type's name (or of the field
// holding an anonymous struct) is a thing or an organisation
// (thing_types): UserRole, Plan, Company.
func (c *Classifier) thingName(name string) bool {
	toks := trimVersion(c.headTokens(c.identOf(lastSegment(name)).toks))
	return len(toks) > 0 && c.thingHead(toks)
}

// Config reports whether the object o is configuration (see Judge): what
// is nested in it is part of a configuration declaration too.
func (c *Classifier) Config(o Object) bool {
	_, config, _ := c.objectKind(o)
	return config
}

// keyMap reports whether the type name ends naming a mapping of keys
// (SessionClaimMapping, LDAPAttributeMappings): its members name the keys
// to read, so it is judged as configuration.
func (c *Classifier) keyMap(typeName string) bool {
	toks := c.identOf(lastSegment(typeName)).toks
	n := len(toks)
	return n >= 2 && c.keyMaps[toks[n-2]+toks[n-1]]
}

// configKeyList reports whether a configuration type's name ends naming
// the keys to read (LDAPAttributes, AuthenticationBackendLDAPAttributes):
// its string members name attributes, as a key map's do.
func (c *Classifier) configKeyList(typeName string) bool {
	toks := c.identOf(lastSegment(typeName)).toks
	return len(toks) >= 2 && c.cfgKeyLists[toks[len(toks)-1]]
}

// keyNames cancels the matches a mapping of keys' string members take
// from their names or tags: SessionClaimMapping.Email holds the name of
// the claim to read ("email"), not an address. An annotation, a Go type or
// a format still counts.
func keyNames(o Object, out []Match) {
	for i, m := range out {
		if (m.By == Name || m.By == Tag) && o.Members[i].Kind == KindString {
			out[i] = Match{}
		}
	}
}

// siblingVetoes cancels a match found by a name, tag or description whose
// category's sibling vetoes name another member of the holder: the
// holder is about something else than the person (a UserAgent beside
// FetchViaProxy or a scraper's rules is the User-Agent header the
// application sends when it fetches, not a person's browser).
func (c *Classifier) siblingVetoes(o Object, out []Match) {
	if len(c.siblingKeys) == 0 {
		return
	}
	for i, m := range out {
		if m.Category == "" || m.By == Annotation || m.By == Type || m.By == Format || !slices.Contains(c.siblingKeys, m.Category) {
			continue
		}
		ci := c.byKey[m.Category]
		for j := range o.Members {
			if j != i && c.memberNamed(&o.Members[j], ci.siblingVeto) {
				out[i] = Match{}
				break
			}
		}
	}
}

// memberNamed reports whether m's name or a tag name holds a sequence of set.
func (c *Classifier) memberNamed(m *Member, set tokenSet) bool {
	if c.identOf(m.Name).has(set) {
		return true
	}
	for _, t := range m.TagNames {
		if t != "" && t != "-" && c.identOf(t).has(set) {
			return true
		}
	}
	return false
}

// loginNames files a person's name as the login name where the holder
// shows it is an account's name (SPEC §1.1, the holder counts):
//   - a bare Name beside the person's full or display name
//     (User{Name, FullName}): the two cannot both be the person's name;
//   - a bare Name beside a password when the holder holds no other login,
//     no username and no e-mail address (User{Name, Pass}): an account
//     logs in with something;
//   - a bare Name in an error value (ErrUserNotExist{Name}): an error
//     names the person by the key it looked them up with, and a person's
//     name is no key.
//   - a case-folded name (LowerName): a copy kept to look the name up,
//     which a handle is and a person's name is not;
//   - the name of the owner of a thing an account owns and names
//     (Repository.OwnerName, RepoOwnerName, lexicon account_namespaces):
//     a repository's owner is an account, addressed as owner/name;
//   - a role's name beside the role's id (OwnerName beside OwnerID,
//     OriginalAuthor beside OriginalAuthorID): a reference to an account
//     kept with its name, which names one account as its id does. A
//     person's full name is spelled so (OwnerFullName, CustomerName) and
//     stays user.name.
func (c *Classifier) loginNames(o Object, out []Match) {
	if c.nameCat == nil {
		return
	}
	login := c.byKey["user.account.username"]
	if login == nil {
		return
	}
	var candidates bool
	full, password, other := false, false, false
	for _, m := range out {
		if m.Category == "" {
			continue
		}
		switch ci := c.byKey[m.Category]; {
		case ci == nil:
		case m.Category == c.nameCat.c.Key:
			if m.By == Annotation {
				break
			}
			if c.loginCandidate(m) {
				candidates = true
			} else if m.Pattern != "" {
				full = true
			}
		case ci.password:
			password = true
		case rules.Covers(login.c.Key, m.Category) || rules.Covers("user.contact.email", m.Category):
			other = true
		}
	}
	if !candidates {
		return
	}
	byHolder := full || (password && !other) || c.isErrorType(o.TypeName)
	for i, m := range out {
		if m.Category != c.nameCat.c.Key || m.By == Annotation || !c.loginCandidate(m) {
			continue
		}
		id := c.identOf(o.Members[i].Name)
		weakName := slices.Contains(c.nameCat.c.Weak, m.Pattern)
		switch {
		case weakName && c.bareName(id) && (byHolder || slices.Contains(id.toks, "lower")):
		case c.roleWithID(o.Members, i, id, weakName):
		case weakName && c.namespaceOwner(o.TypeName, id):
		default:
			continue
		}
		out[i] = c.matchOf(login.c, m.By, m.Pattern, m.Protected)
		out[i].Details = m.Details
	}
}

// loginCandidate reports whether m, a user.name match, may be a login
// name: found by a weak pattern (Name) or a name role (Author), not by a
// full or display name's pattern.
func (c *Classifier) loginCandidate(m Match) bool {
	return slices.Contains(c.nameCat.c.Weak, m.Pattern) || c.nameRoles[m.Pattern]
}

// namespaceOwner reports whether id names the owner's name (OwnerName)
// of a thing an account owns and names: the thing qualifies the owner
// (RepoOwnerName) or the holder's name names it (Repository,
// ErrRepoNotExist).
func (c *Classifier) namespaceOwner(holder string, id ident) bool {
	n := len(id.toks)
	if n < 2 || id.toks[n-1] != "name" || !c.nsOwners[id.toks[n-2]] {
		return false
	}
	for _, t := range id.toks[:n-2] {
		if c.namespaces[t] {
			return true
		}
	}
	for _, t := range c.analyseHolderCached(holder).id.toks {
		if c.namespaces[t] {
			return true
		}
	}
	return false
}

// roleWithID reports whether members[i], named id, is a person role's
// name (OwnerName, a name role alone: OriginalAuthor) and another member
// is that role's id (OwnerID, OriginalAuthorID: the same tokens with
// "name" replaced or followed by "id"), a number or a string.
func (c *Classifier) roleWithID(members []Member, i int, id ident, weakName bool) bool {
	role := id.toks
	if n := len(role); weakName && n > 1 && role[n-1] == "name" {
		role = role[:n-1]
	} else if weakName || !c.nameRole(id) {
		return false
	}
	last := role[len(role)-1]
	if !c.person[last] && !c.nameRoles[last] {
		return false
	}
	for j := range members {
		m := &members[j]
		if j == i || (m.Kind != KindNumber && m.Kind != KindString) {
			continue
		}
		toks := c.identOf(m.Name).toks
		if len(toks) == len(role)+1 && toks[len(role)] == "id" && slices.Equal(toks[:len(role)], role) {
			return true
		}
	}
	return false
}

// bareName reports whether id is "name" but for self-qualifiers and a
// case-folding qualifier (LowerName: the login in lower case).
func (c *Classifier) bareName(id ident) bool {
	seen := false
	for _, t := range id.toks {
		switch {
		case t == "name":
			seen = true
		case t == "lower" || c.selfQual[t]:
		default:
			return false
		}
	}
	return seen
}

// classifyMembers classifies o's members in a holder that is person-like
// or configuration as said. With cooccur set (the holder is neither), it
// also reports whether a member identifies the person in a holder that is
// no thing, which makes the holder person-like by co-occurrence: then the
// results are to be made again, and it returns as soon as it finds one
// (the members are classified independently of each other but for the
// second look of retry, which can only add such a member).
func (c *Classifier) classifyMembers(o Object, personLike, config bool, why string, cooccur bool) (res []memberResult, identified bool) {
	h := c.newHolder(o.TypeName, Context{PersonLike: personLike, Config: config})
	if h.personLike {
		h.why = why
	}
	h.members = o.Members
	h.provider = o.Provider
	cooccur = cooccur && !h.thing
	// res is the classifier's buffer when it is Local: Judge, the only
	// caller, reads it before it classifies another object.
	res = c.cache.memberResults(len(o.Members))
	var retry []int // members whose ambiguous word wanted context
	for i := range o.Members {
		h.wantedContext = false
		res[i] = c.member(&o.Members[i], &h)
		if !res[i].ok && h.wantedContext {
			retry = append(retry, i)
		} else if cooccur && res[i].identifies && !c.keyedLabel(o, i, res[i].m) {
			return nil, true
		}
	}
	if len(retry) == 0 {
		return res, cooccur && c.anyIdentifies(o, res)
	}
	// Parts of one whole give each other context (Customer{city, state}).
	// The whole is a datum of its own (an address, a name), not a branch
	// of the taxonomy (user.contact groups e-mail and phone, which are no
	// parts of one value).
	for _, r := range res {
		if !r.ok || r.m.By == Description || r.m.Category == "" {
			continue
		}
		p := rules.Parent(r.m.Category)
		if pi := c.byKey[p]; pi != nil && len(pi.c.Names)+len(pi.c.Weak) > 0 && !slices.Contains(h.siblings, p) {
			h.siblings = append(h.siblings, p)
		}
	}
	if len(h.siblings) == 0 {
		return res, cooccur && c.anyIdentifies(o, res)
	}
	for _, i := range retry {
		res[i] = c.member(&o.Members[i], &h)
	}
	return res, cooccur && c.anyIdentifies(o, res)
}

// anyIdentifies reports whether a result identifies the person (a
// keyed label does not: see keyedLabel).
func (c *Classifier) anyIdentifies(o Object, res []memberResult) bool {
	for i, r := range res {
		if r.identifies && !c.keyedLabel(o, i, r.m) {
			return true
		}
	}
	return false
}

// keyedLabel reports whether m, the match of o's member i, is a bare
// display name found by its name or tag beside a bare Name of o
// (Owner, Name, DisplayName): an object that has a name of its own, its
// key, and a display name, its label, names itself twice, as the
// resources of many APIs do (a policy, a model, a key, an order). Such a
// display name does not identify a person, so it does not make the holder
// person-like by co-occurrence, and in a holder that is not person-like
// (configuration too) it is the object's label, not a person's name. A display name alone
// (an e-mail's values) or a qualified one (OwnerDisplayName) is not one.
func (c *Classifier) keyedLabel(o Object, i int, m Match) bool {
	if m.Category == "" || (m.By != Name && m.By != Tag) || c.nameCat == nil || m.Category != c.nameCat.c.Key {
		return false
	}
	if !c.bareToks(&o.Members[i], "display", "name") {
		return false
	}
	for j := range o.Members {
		if j != i && o.Members[j].Kind == KindString && c.bareToks(&o.Members[j], "name") {
			return true
		}
	}
	return false
}

// bareToks reports whether the member's name is exactly toks and its tag
// names, if any, are too (Name `json:"name"`, DisplayName
// `json:"displayName"`).
func (c *Classifier) bareToks(m *Member, toks ...string) bool {
	if !slices.Equal(c.identOf(m.Name).toks, toks) {
		return false
	}
	for _, t := range m.TagNames {
		if t != "" && t != "-" && !slices.Equal(c.identOf(t).toks, toks) {
			return false
		}
	}
	return true
}

// holdsLogin reports whether h, neither person-like nor configuration,
// holds a login: a member named (or tagged) as a password, or a login
// name beside an API key or token. A feed's or a mirror's Username and Password, a hook's
// Username and APIToken, are then the user's own credentials at another
// site, even in a thing holder. It is asked only where the answer
// decides, and answered once per holder.
func (c *Classifier) holdsLogin(h *holder) bool {
	if h.login == 0 {
		h.login = 2
		if !h.config && !h.personLike && c.holdsPassword(h.members) {
			h.login = 1
		}
	}
	return h.login == 1
}

// holdsPassword reports whether a member is named (or tagged) as a
// password, or one as an API key or token and one as a login name (a
// hook's Username and APIToken: an account at another site).
func (c *Classifier) holdsPassword(members []Member) bool {
	apiKey, loginName := false, false
	for i := range members {
		m := &members[i]
		if m.NotPersonal || m.Kind != KindString && m.Kind != KindBytes {
			continue
		}
		if c.namesPassword(c.identOf(m.Name)) {
			return true
		}
		for _, t := range m.TagNames {
			if t != "" && t != "-" && c.namesPassword(c.identOf(t)) {
				return true
			}
		}
	}
	for i := range members {
		m := &members[i]
		if m.NotPersonal || m.Kind != KindString && m.Kind != KindBytes {
			continue
		}
		c.loginPart(c.identOf(m.Name), &apiKey, &loginName)
		for _, t := range m.TagNames {
			if t != "" && t != "-" {
				c.loginPart(c.identOf(t), &apiKey, &loginName)
			}
		}
	}
	return apiKey && loginName
}

// loginPart notes whether id names an API key or token, or a login name.
func (c *Classifier) loginPart(id ident, apiKey, loginName *bool) {
	*apiKey = *apiKey || c.namesAPIKey(id)
	*loginName = *loginName || c.namesLoginName(id)
}

// namesLoginName reports whether a login-name pattern ends id, unvetoed.
func (c *Classifier) namesLoginName(id ident) bool {
	found := false
	c.eachRun(id, true, func(e entry, r span) {
		if found || e.str == contextual || e.cat.credential || !e.cat.login {
			return
		}
		found = !c.vetoedAt(id, e.cat, r, e.str == strong)
	})
	return found
}

// namesAPIKey reports whether a person's API key or token pattern
// (api_key, api_token) ends id, unvetoed: an account's key to a service's
// API, which a login name beside it goes with.
func (c *Classifier) namesAPIKey(id ident) bool {
	if !slices.ContainsFunc(id.toks, func(t string) bool { return strings.HasPrefix(t, "api") }) {
		return false // no run can be an API key pattern
	}
	found := false
	c.eachRun(id, true, func(e entry, r span) {
		if found || !e.cat.credential || e.cat.password || e.str == contextual || !strings.HasPrefix(e.pattern, "api") {
			return
		}
		found = !c.vetoedAt(id, e.cat, r, e.str == strong)
	})
	return found
}

// namesPassword reports whether a password pattern heads id, unvetoed.
func (c *Classifier) namesPassword(id ident) bool {
	if (id.sets && !id.password) || (!id.sets && !id.has(c.passwords)) {
		return false // no run is a password pattern: nothing to weigh
	}
	found := false
	c.eachMatch(id, func(e entry, r span) {
		if found || !e.cat.password || e.str == contextual {
			return
		}
		found = !c.vetoedAt(id, e.cat, r, e.str == strong) && !c.otherHead(id, r, e.cat)
	})
	return found
}

// member classifies one member: annotation › Go type or format › tag name
// › field name.
func (c *Classifier) member(m *Member, h *holder) memberResult {
	if m.NotPersonal {
		return memberResult{}
	}
	if m.Declared == nil && !m.Infer && (m.Kind == KindNoData || c.isHandle(m.GoType)) {
		// A statement, client, logger or messenger holds no data, whatever
		// its name (emailStmt, emailMsgr).
		return memberResult{}
	}
	if m.Declared == nil && !m.Infer && (c.configStruct(m) || c.configSection(m, h)) {
		// A struct of configuration holds settings, whatever the field's
		// name (Email EmailProviderConfiguration: how e-mail sign-in is
		// set up); what it holds is judged in its own declaration.
		return memberResult{}
	}
	nameID := c.identOf(m.Name)
	tagIDs := make([]ident, 0, len(m.TagNames))
	for _, t := range m.TagNames {
		if t != "" && t != "-" {
			tagIDs = append(tagIDs, c.identOf(t))
		}
	}
	oneWay := c.isOneWay(nameID)
	for _, t := range tagIDs {
		oneWay = oneWay || c.isOneWay(t)
	}

	if d := m.Declared; d != nil && d.Category != "" {
		key := d.Category
		if k, ok := c.tax.ShortForm(key); ok {
			key = k
		}
		out := Match{Category: key, By: Annotation, Protected: d.Protected || oneWay, Pattern: d.Pattern}
		if out.Pattern == "" {
			out.Pattern = d.Category
		}
		identifies := false
		if cat := c.tax.Category(key); cat != nil {
			out.Sensitive, out.Special = cat.Sensitive, cat.Special
			out.Protected = out.Protected || cat.Protected
			identifies = cat.Identifies
		}
		return memberResult{m: out, ok: true, identifies: identifies}
	}
	annotated := m.Infer || (m.Declared != nil && m.Declared.Category == "")
	if annotated {
		ah := *h
		ah.thing = false
		r := c.infer(m, nameID, tagIDs, &ah, true)
		if !r.ok || !rules.IsPersonal(r.m.Category) {
			r = memberResult{m: Match{Category: "user", Pattern: "user"}, ok: true}
		}
		r.m.By = Annotation
		r.m.Protected = r.m.Protected || oneWay
		if m.Declared != nil {
			r.m.Protected = r.m.Protected || m.Declared.Protected
		}
		return r
	}
	r := c.infer(m, nameID, tagIDs, h, h.personLike)
	if r.ok && h.config && (c.systemAddress(nameID, r.m) || c.mailSetting(nameID, tagIDs, h, r.m)) {
		return memberResult{}
	}
	if r.ok && (c.testOnly(m.Description) || c.providerOwned(m, r.m.Category, h.provider) || c.providerMust(m, r.m.Category, h.provider)) {
		// "Simulated codes can only be used in the sandbox": test data;
		// "The Acme account name", "it must be an Acme number": the
		// provider's own account or number.
		return memberResult{}
	}
	return r
}

// systemAddress reports whether, in configuration, the e-mail address or
// telephone number m found by the name is the system's own: a name that
// says what the address or line is for (SigningEmail, NotifyEmail,
// PushEmailAddress, VoicePhoneNumber) — a qualifier before the e-mail or
// phone words that head it, neither a self-qualifier nor a person word —
// names the instance's identity for that job, not a person's (a bare
// Email or PhoneNumber, a UserEmail or an OwnerPhone in configuration
// still is one).
func (c *Classifier) systemAddress(name ident, m Match) bool {
	if (m.Category != "user.contact.email" && m.Category != "user.contact.phone_number") || (m.By != Name && m.By != Tag) {
		return false
	}
	toks := name.toks
	n := len(toks)
	if n < 2 {
		return false
	}
	head := headRun(toks, m.Pattern)
	if head == 0 && (toks[n-1] == "email" || toks[n-1] == "mail") {
		head = 1 // found by a tag that differs from the name (From `json:"from_email"`)
	}
	if head == 0 || head >= n {
		return false
	}
	for k, t := range toks {
		// A person word anywhere, in the pattern too (user_email), makes
		// it a person's.
		if name.person&(1<<k) != 0 || (k < n-head && c.selfQual[t]) {
			return false
		}
	}
	return true
}

// mailSetting reports whether, in configuration, the e-mail address m
// was found only in names that the e-mail word starts and other words
// follow (EmailChange or email_change beside Invite and Recovery,
// EmailSubject): such a name says which of the system's mails a setting
// is for (its subject, its template's URL) or the system's own address
// for a job, never a person's address. A name the e-mail pattern ends or
// covers (Email, UserEmail, EmailAddress) still holds one, and so may a
// name with words before it (KeepEmailPrivate: a person's choice).
func (c *Classifier) mailSetting(name ident, tags []ident, h *holder, m Match) bool {
	if m.Category != "user.contact.email" || (m.By != Name && m.By != Tag) {
		return false
	}
	followed := false
	for _, id := range append([]ident{name}, tags...) {
		cand, found := c.matchName(id, h, options{})
		if !found || cand.e.cat.c.Key != m.Category {
			continue
		}
		if cand.span.from > 0 || cand.span.to >= len(id.toks) {
			return false
		}
		followed = true
	}
	return followed
}

// configStruct reports whether the member's value is a struct (or
// pointers, slices or maps of one) of a configuration type
// (EmailProviderConfiguration, SMTPSettings): settings, not a datum.
func (c *Classifier) configStruct(m *Member) bool {
	if m.Kind != KindStruct || m.TypeName == "" {
		return false
	}
	_, config := c.TypeName(m.TypeName)
	return config
}

// configSection reports whether the member is a struct value (or
// pointers, slices or maps of one) of a configuration holder whose type
// no catalogue names (net/mail.Address does): a section of the settings
// (TenantConfig.Email of type Email, DefaultEmailDelivery of type
// EmailDelivery: how e-mail is acquired and sent), whose own members say
// what it holds in their declaration, as configStruct's do.
func (c *Classifier) configSection(m *Member, h *holder) bool {
	return h.config && m.Kind == KindStruct && c.typeInfoOf(m.GoType) == nil
}

// headRun returns how many of the last tokens of toks spell pattern (its
// tokens run together, as matching compares them: email_address is
// Email Address or EmailAddress; a plural s is allowed), 0 when the name
// does not end with it.
func headRun(toks []string, pattern string) int {
	want := strings.ReplaceAll(pattern, "_", "")
	if want == "" {
		return 0
	}
	run := ""
	for k := len(toks) - 1; k >= 0 && len(run) < len(want)+1; k-- {
		run = toks[k] + run
		if run == want || run == want+"s" {
			return len(toks) - k
		}
	}
	return 0
}

// infer applies the evidence below an annotation.
func (c *Classifier) infer(m *Member, nameID ident, tagIDs []ident, h *holder, weakOK bool) memberResult {
	// A type or format, unless the member's names or a non-person holder veto it.
	for _, ev := range [...]struct {
		ci *catInfo
		by Evidence
		p  string
	}{
		{c.typeInfoOf(m.GoType), Type, m.GoType},
		{c.formatOf(m.Format), Format, lower(m.Format)},
	} {
		ci := ev.ci
		if ci == nil || ev.p == "" {
			continue
		}
		vetoed := c.vetoed(ci, nameID, tagIDs) && !(ev.by == Format && c.partyName(nameID, tagIDs))
		if vetoed || (!h.personLike && !weakOK && c.hasHolderVeto(h.id, ci)) {
			continue
		}
		if h.thing && !weakOK && !(ci.proof && !(h.org && !ci.c.Special)) {
			continue
		}
		if ci.system || (h.config && ci.credential) {
			return memberResult{}
		}
		p := ev.p
		if ev.by == Type {
			p = trimType(p)
		}
		out := c.matchOf(ci.c, ev.by, p, c.isOneWay(nameID))
		out.Details = c.holderItems([]string{string(ev.by) + ":" + clip(p)}, h, weakOK)
		return memberResult{m: out, ok: true, identifies: ci.c.Identifies && c.namesHolder(nameID, ci, h)}
	}
	// Tag names, the best of them.
	var best memberResult
	var bestLen int
	var bestCat *catInfo
	var bestCand candidate
	bestTag := -1
	for i, t := range tagIDs {
		if m.Kind == KindDuration || (m.Kind == KindNumber && c.isCount(t)) {
			continue
		}
		cand, found := c.matchName(t, h, options{weakOK: weakOK, kind: m.Kind})
		if !found || (bestCat != nil && cand.span.length <= bestLen) {
			continue
		}
		mm, ok := c.result(cand, t, Tag, h)
		best = memberResult{m: mm, ok: ok}
		bestLen, bestCat, bestCand, bestTag = cand.span.length, cand.e.cat, cand, i
	}
	if bestCat != nil {
		bestID := tagIDs[bestTag]
		if best.ok && c.refuted(m, bestCat) {
			return memberResult{}
		}
		if best.ok {
			best.m.Details = append([]string{srcTag + ":" + m.tagLabel(bestTag)}, c.why(srcName, bestCand, bestID, h, weakOK, bestCand.e.str == weak)...)
			if c.confirms(m, bestCat) {
				best.m.Details = append(best.m.Details, srcDescription)
			}
		}
		best.identifies = best.ok && c.identifies(bestCand, bestID)
		best.m.Protected = best.m.Protected || c.isOneWay(nameID)
		return best
	}
	// The field name; a tag naming a veto of its category cancels it.
	typeName := m.TypeName
	if m.Embedded {
		// An embedded field's name is its type's: no member named
		// after its own type (see name), but a hint of what the
		// type holds (*email.Email).
		typeName = ""
	}
	mm, ok, identifies := c.name(nameID, m.Kind, typeName, h, weakOK, Name)
	if !ok {
		if r := c.described(m, nameID, h, weakOK); r.ok {
			return r
		}
		return c.callParty(m, nameID, h)
	}
	ci := c.catInfoOf(mm.Category)
	if ci != nil && (c.vetoed(ci, ident{}, tagIDs) || c.refuted(m, ci)) {
		return memberResult{}
	}
	for _, t := range tagIDs {
		mm.Protected = mm.Protected || c.isOneWay(t)
	}
	if ci != nil && c.confirms(m, ci) {
		mm.Details = append(mm.Details, srcDescription)
	}
	return memberResult{m: mm, ok: true, identifies: identifies}
}

func (c *Classifier) catInfoOf(key string) *catInfo { return c.byKey[key] }

// typeInfoOf is typeInfo, nil for no type (a schema's member).
func (c *Classifier) typeInfoOf(goType string) *catInfo {
	if goType == "" {
		return nil
	}
	return c.typeInfo(goType)
}

// formatOf returns the category a schema format implies, nil for no
// format (a Go member).
func (c *Classifier) formatOf(format string) *catInfo {
	if format == "" {
		return nil
	}
	return c.formats[lower(format)]
}

// namesHolder reports whether a member found by its type or format to
// hold ci names the holder itself, for co-occurrence: unless its name
// names ci qualified by somebody else (cc_email_addresses, SenderPhone),
// the value is the holder's own.
func (c *Classifier) namesHolder(nameID ident, ci *catInfo, h *holder) bool {
	cand, found := c.matchName(nameID, h, options{strongOnly: true})
	if !found || cand.e.cat != ci {
		return true
	}
	return c.identifies(cand, nameID)
}

// described classifies a member whose names gave no category by the
// subject of its description, weighed as a name in the same holder, and
// never making the holder person-like. The subject's head must be the
// match (or a value word after it: "The tax ID number"); the match must
// lie in the subject, not in its "of" phrase. A description is softer
// evidence than a name: its match counts as a weak one (a person-like
// holder, a person qualifier, an ancestor category in the phrase or the
// holder) unless the name matched no pattern at all and the category
// identifies a person or is holder-proof ("to": "The phone number …").
func (c *Classifier) described(m *Member, nameID ident, h *holder, weakOK bool) memberResult {
	if m.Description == "" || m.Kind == KindStruct {
		return memberResult{}
	}
	d, ok := c.describeCached(m.Description)
	if !ok || d.flag || d.org {
		return memberResult{}
	}
	if m.Kind == KindDuration || (m.Kind == KindNumber && c.isCount(d.id)) {
		return memberResult{}
	}
	cand, found := c.matchName(d.id, h, options{weakOK: weakOK, kind: m.Kind, desc: &d})
	if !found {
		return memberResult{}
	}
	mm, ok := c.result(cand, d.id, Description, h)
	if !ok || recordKey(nameID) && !rules.Covers("user.unique_id", cand.e.cat.c.Key) {
		return memberResult{}
	}
	mm.Protected = mm.Protected || c.isOneWay(nameID) // lastFour: the card number, masked
	e, r, ci := cand.e, cand.span, cand.e.cat
	if m.SoftDescription && ci.credential && bareSecret[e.pattern] {
		// In a code comment a bare token, key or secret is as often a
		// lexer's token or a map's key ("the last token of the head"):
		// the field's name has to say it is a credential.
		return memberResult{}
	}
	if c.hasVeto(nameID, ci) && c.names(nameID, ci) {
		// The name named the category and its veto cancelled it
		// (shipFromPostalCode): unless the description says whose it is
		// ("The shopper's e-mail" for EmailId), it cannot bring it back.
		if q := c.qualifier(d.id, r, ci); q != qualPerson && q != qualPersonInside {
			return memberResult{}
		}
	}
	strongOK := false
	if e.str == strong && (!m.SoftDescription || c.mentionsPerson(m.Description)) {
		switch c.namePatterns(nameID) {
		case noPattern:
			strongOK = ci.c.Identifies || ci.proof
		case contextOnly:
			// An ambiguous word ("number", "accountNumber") whose context
			// the description gives ("The bank account number").
			strongOK = true
		}
	}
	if !strongOK && !weakOK && !h.namesAncestor(ci.c.Key) {
		// A description must name the owner outside the match: "The
		// payer's account name" says whose; "The account name" names a
		// kind of data, and a person word inside the match (account,
		// holder) names no one.
		q := c.qualifier(d.id, r, ci)
		owner := q == qualPerson || (q == qualPersonInside && r.from > 0 && r.from < 64 && d.id.person&(1<<r.from-1) != 0)
		if !owner && !c.qualifiedWeak(d.id, r, ci) {
			return memberResult{}
		}
	}
	mm.Details = c.why(srcDescription, cand, d.id, h, weakOK, !strongOK)
	return memberResult{m: mm, ok: true}
}

// names reports whether a pattern of ci, or of a category on its branch,
// matches a run of id.
func (c *Classifier) names(id ident, ci *catInfo) bool {
	found := false
	c.eachMatch(id, func(e entry, _ span) {
		found = found || rules.Covers(e.cat.c.Key, ci.c.Key) || rules.Covers(ci.c.Key, e.cat.c.Key)
	})
	return found
}

// mentionsPerson reports whether the first sentence of a description
// names a person type (user, customer, person, owner, …).
func (c *Classifier) mentionsPerson(text string) bool {
	for _, w := range descWords(text) {
		f := fold(w.w)
		if c.person[f] || c.person.plural(f) {
			return true
		}
	}
	return false
}

// What the patterns matching a member's name are.
const (
	noPattern   = iota // none
	contextOnly        // contextual patterns only: words that need context
	somePattern        // a strong or weak pattern
)

// namePatterns says which patterns of personal categories match runs of id.
func (c *Classifier) namePatterns(id ident) int {
	p := noPattern
	c.eachMatch(id, func(e entry, _ span) {
		switch {
		case e.cat.system:
		case e.str == contextual:
			p = max(p, contextOnly)
		default:
			p = somePattern
		}
	})
	return p
}

// heads reports whether the match r heads a description's subject: it
// lies in the subject, not in its "of" phrase, and ends at its last token
// or before a value word there.
func (d *description) heads(r span) bool {
	last := len(d.id.toks)
	return r.from >= d.subject && (r.to == last || (r.to == last-1 && descValueHeads[d.id.toks[last-1]]))
}

// refuted reports whether the member's description refutes ci, found by
// its name: it says the value tells whether something holds (a flag
// about consent on a person may be one), or its subject names ci with
// another head ("The first name validation result") or as a thing's
// ("The product's display name"), or an apposition says its subject is
// software or an organisation ("catalog recipient name (SDKs)").
func (c *Classifier) refuted(m *Member, ci *catInfo) bool {
	if m.Description == "" {
		return false
	}
	d, ok := c.describeCached(m.Description)
	if !ok {
		return false
	}
	if d.flag {
		return !(m.Kind == KindBool && ci.kinds[KindBool])
	}
	if d.byThing && c.nameCat != nil && rules.Covers(c.nameCat.c.Key, ci.c.Key) {
		return true // a name a system assigned is an identifier it issued
	}
	if d.identifiesThing && (c.nameCat != nil && rules.Covers(c.nameCat.c.Key, ci.c.Key) || rules.Covers("user.account.username", ci.c.Key)) {
		return true // a name or login that identifies a thing is the thing's
	}
	// "catalog recipient name (SDKs)": software's or an organisation's,
	// no person's, unless the category is special.
	if d.org && !ci.c.Special {
		return true
	}
	// Another head ("first name validation result"), or a thing that
	// qualifies every match heading the subject ("The product's display
	// name"; not "The bank account number", whose bank_account_number is
	// unqualified).
	otherHead, thing, free := false, false, false
	c.eachMatch(d.id, func(e entry, r span) {
		if !(rules.Covers(e.cat.c.Key, ci.c.Key) || rules.Covers(ci.c.Key, e.cat.c.Key)) {
			return
		}
		otherHead = otherHead || c.otherHead(d.id, r, e.cat)
		if d.heads(r) {
			if c.qualifier(d.id, r, e.cat) == qualThing {
				thing = true
			} else {
				free = true
			}
		}
	})
	return otherHead || (thing && !free && !ci.proof)
}

// partyWords name a party of a message or a call, not the organisation's
// role: alone they leave a format to say what the party's address is
// (a call's "from" of format phone-number), while as qualifiers they veto
// (FromEmail, SenderPhone: the organisation's own sending address).
var partyWords = map[string]bool{"from": true, "sender": true}

// partyName reports whether the member's name and tag names are each one
// party word.
func (c *Classifier) partyName(nameID ident, tagIDs []ident) bool {
	for _, id := range append([]ident{nameID}, tagIDs...) {
		if len(id.toks) != 1 || !partyWords[id.toks[0]] {
			return false
		}
	}
	return true
}

// vetoed reports whether the member's name or a tag name holds a veto of ci.
func (c *Classifier) vetoed(ci *catInfo, nameID ident, tagIDs []ident) bool {
	if c.hasVeto(nameID, ci) {
		return true
	}
	for _, t := range tagIDs {
		if c.hasVeto(t, ci) {
			return true
		}
	}
	return false
}

func lower(s string) string { return strings.ToLower(strings.TrimSpace(s)) }

func trimType(q string) string {
	for len(q) > 0 && (q[0] == '*' || q[0] == '[' || q[0] == ']') {
		q = q[1:]
	}
	return q
}

// analyseHolderCached returns the context-free analysis of a holder name.
func (c *Classifier) analyseHolderCached(name string) *holderName {
	if hn, ok := c.cache.holder(name); ok {
		return hn
	}
	return c.analyseHolder(name)
}

// isHandle reports whether a qualified Go type ("*github.com/x/sqlx.Stmt",
// "[]*log.Logger") is a handle that holds no data: its name's last token
// is one of the lexicon's handle types.
func (c *Classifier) isHandle(goType string) bool {
	if goType == "" || len(c.handles) == 0 {
		return false
	}
	q := trimType(goType)
	for strings.HasPrefix(q, "map[") {
		// map[K]V: the value decides.
		depth := 0
		end := -1
		for i := 3; i < len(q); i++ {
			if q[i] == '[' {
				depth++
			} else if q[i] == ']' {
				depth--
				if depth == 0 {
					end = i
					break
				}
			}
		}
		if end < 0 {
			return false
		}
		q = trimType(q[end+1:])
	}
	if i := strings.IndexByte(q, '['); i > 0 {
		// A generic type's instance (hook.Hook[*core.Event]): its own
		// name decides, not its type arguments.
		q = q[:i]
	}
	if strings.ContainsAny(q, "[( ") {
		return false
	}
	if i := strings.LastIndexByte(q, '.'); i >= 0 {
		q = q[i+1:]
	}
	toks := c.identOf(q).toks
	return len(toks) > 0 && c.handles[toks[len(toks)-1]]
}

// Datum reports whether m, the match of a member that holds a struct,
// names one datum of no finer parts by the member's name or tag: a leaf
// category of the taxonomy (a ProfilePicture, a FirstName). The struct it
// holds is that datum's structure (an image's sizes and codec, a name's
// locale), not more of the person's data, so it is not judged as nested
// in the person: its weak names (Name, Country) are not the person's. A
// member whose category has parts (an Address, a Name, a Location) holds
// those parts and stays in the person.
func (c *Classifier) Datum(m Match) bool {
	if (m.By != Name && m.By != Tag) || m.Category == "" || !rules.IsPersonal(m.Category) {
		return false
	}
	prefix := m.Category + "."
	for key := range c.byKey {
		if strings.HasPrefix(key, prefix) {
			return false
		}
	}
	return true
}
