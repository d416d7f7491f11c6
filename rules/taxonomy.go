package rules

import (
	"bytes"
	"crypto/sha256"
	_ "embed" // for the embedded taxonomy
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"
)

//go:embed taxonomy.yaml
var taxonomyYAML []byte

// Category is one personal-data category of the taxonomy.
type Category struct {
	// Key is the dotted fideslang key, e.g. "user.contact.email".
	Key string `yaml:"key"`
	// Description says what the category holds.
	Description string `yaml:"description"`
	// Special marks GDPR Art. 9 special categories and Art. 10 criminal data.
	Special bool `yaml:"special"`
	// Sensitive marks categories that need encryption at rest by default.
	Sensitive bool `yaml:"sensitive"`
	// Names are strong token patterns ("date_of_birth" = tokens date, of, birth).
	Names []string `yaml:"names"`
	// Weak are patterns that count only on a person-like type or with an annotation.
	Weak []string `yaml:"weak"`
	// Context are patterns that count only when a context token is present.
	Context []ContextPattern `yaml:"context"`
	// Veto tokens cancel a name match (ZipFile, ServerIP).
	Veto []string `yaml:"veto"`
	// Formats are JSON Schema format values that imply the category.
	Formats []string `yaml:"formats"`
	// Types are Go types that imply the category ("net/mail.Address").
	Types []string `yaml:"types"`

	// HolderVeto are tokens of the enclosing type's name that cancel a match
	// when that type is not person-like (an IP address in a Server struct).
	HolderVeto []string `yaml:"holder_veto"`
	// SiblingVeto are tokens of another member's name in the same holder
	// that cancel a match found by name: they show what the holder is
	// about (a User-Agent beside the proxy a feed is fetched through is
	// the one the application sends, not a person's browser).
	SiblingVeto []string `yaml:"sibling_veto"`
	// PartOnly are weak patterns that count only beside another part of
	// the same whole (a city, a postal code beside a street): words with a
	// common other sense (via, "by way of": the channel an address is
	// reached by). Each must be one of Weak.
	PartOnly []string `yaml:"part_only"`
	// Spent are patterns of one-time values (passcode, recovery_code)
	// that a spent qualifier of the lexicon (LastUsedPasscode) marks as
	// used already: kept to refuse their replay, they authenticate
	// nothing any more, so they count as protected for PL101 while
	// keeping their category. Each must be one of Names or Weak.
	Spent []string `yaml:"spent"`
	// Kinds lists the value kinds besides strings, numbers and structs that
	// may carry the category when found by name: "bool", "time", "enum".
	Kinds []string `yaml:"kinds"`
	// Text marks categories whose values are text: a number never holds
	// one, whatever its name (a position that is a number is a rank, not
	// a job title).
	Text bool `yaml:"text"`
	// Identifies marks categories whose strong match names the person
	// themself (email, phone, name, date of birth, government id): a type
	// holding one is person-like.
	Identifies bool `yaml:"identifies"`
	// Protected marks categories whose values are one-way already
	// (pseudonyms, hashed e-mail addresses).
	Protected bool `yaml:"protected"`
	// Combo marks IAB level-2 categories, sensitive chiefly together with a
	// credential or code in the same struct (card number, bank account).
	Combo bool `yaml:"combo"`
}

// ContextPattern is a set of name patterns that match only when one of the
// With tokens occurs in the identifier or in the enclosing type's name
// (e.g. "pan" only with "card").
type ContextPattern struct {
	Names []string `yaml:"names"`
	With  []string `yaml:"with"`
}

// CategoryExtension is what a policy's `categories:` entry adds to or
// changes in a category. Nil booleans leave the category's flag unchanged.
type CategoryExtension struct {
	Description string   `yaml:"description" json:"description,omitempty"`
	Names       []string `yaml:"names" json:"names,omitempty"`
	Weak        []string `yaml:"weak" json:"weak,omitempty"`
	Veto        []string `yaml:"veto" json:"veto,omitempty"`
	Formats     []string `yaml:"formats" json:"formats,omitempty"`
	Types       []string `yaml:"types" json:"types,omitempty"`
	Sensitive   *bool    `yaml:"sensitive" json:"sensitive,omitempty"`
	Special     *bool    `yaml:"special" json:"special,omitempty"`
}

// Lexicon holds the token lists the name classifier uses besides the
// category patterns. Entries are snake_case token sequences.
type Lexicon struct {
	// PersonTypes are last tokens of a type name that make it person-like.
	PersonTypes []string `yaml:"person_types"`
	// SelfQualifiers may qualify an identifying member's name without making
	// it name somebody else (PersonalEmail), for co-occurrence.
	SelfQualifiers []string `yaml:"self_qualifiers"`
	// ContactQualifiers are self-qualifiers that name how to reach
	// whoever answers for the holder (ContactEmail): a person's own
	// address in a person, but a site or an event has one too, so such a
	// member alone does not make its holder person-like by co-occurrence.
	ContactQualifiers []string `yaml:"contact_qualifiers"`
	// ListPages are last tokens of a type name, before a suffix, that name
	// one page of a list of results (GetUserPageResp): what is listed, the
	// words before them, heads the name.
	ListPages []string `yaml:"list_pages"`
	// PersonTypeVeto are tokens of a type name that cancel person-likeness
	// (FuncVisitor, ObjectMember).
	PersonTypeVeto []string `yaml:"person_type_veto"`
	// ConfigTypes are last tokens of a type name that mark configuration.
	ConfigTypes []string `yaml:"config_types"`
	// ConfigPrefixes are first tokens of a type name that mark
	// configuration: a default value (DefaultUser, DefaultAdmin).
	ConfigPrefixes []string `yaml:"config_prefixes"`
	// ConfigPackages are whole package names that mark every type declared
	// in the package as configuration (options.Provider, config.Server).
	ConfigPackages []string `yaml:"config_packages"`
	// KeyMaps are the last tokens of a type name that make it a mapping of
	// keys (SessionClaimMapping, AttributeMappings): its string members
	// name the claim, attribute or field to read, not a person's value.
	KeyMaps []string `yaml:"key_maps"`
	// RequestSuffixes are last tokens of a type name that make it a request
	// bound from a user's input (AuthSettingsForm, PrivacySettingsRequest):
	// a configuration word before one heads no configuration, so what the
	// request acts on decides (SPEC §1.1: forms are not configuration).
	RequestSuffixes []string `yaml:"request_suffixes"`
	// OwnSettings are configuration words that, qualified by a person word,
	// name that person's own settings (UserSettings, MemberSettings): the
	// person's data, not the system's configuration.
	OwnSettings []string `yaml:"own_settings"`
	// ErrorWords are first or last tokens of a type name that make it an
	// error value (ErrUserNotExist, UserNotFoundError): its subject, the
	// words before the first of ErrorPredicates, is what it holds data of.
	ErrorWords []string `yaml:"error_words"`
	// ErrorPredicates are tokens that start the predicate of an error
	// type's name (NotExist, AlreadyUsed, IsNotLocal).
	ErrorPredicates []string `yaml:"error_predicates"`
	// RetypeWords are words that, as the whole name of a string beside a
	// person's password, make it that password typed again for
	// confirmation (Confirmation beside Password).
	RetypeWords []string `yaml:"retype_words"`
	// MetaQualifiers are first tokens of a name that make it name where
	// the data is found, not the data (AttributeSurname: the name of an
	// LDAP attribute; ClaimEmail: the name of a token claim).
	MetaQualifiers []string `yaml:"meta_qualifiers"`
	// TypeSuffixes are generic suffixes (Request, DTO) stripped from a type
	// name before its last token decides.
	TypeSuffixes []string `yaml:"type_suffixes"`
	// CountTokens make a numeric field a count or limit (PhoneCount).
	CountTokens []string `yaml:"count_tokens"`
	// CountPrefixes make a numeric field a count when they start its name (NumEmails).
	CountPrefixes []string `yaml:"count_prefixes"`
	// OneWay tokens say a value is hashed, encrypted or masked already.
	OneWay []string `yaml:"one_way"`
	// SpentQualifiers say a one-time value was used already
	// (LastUsedPasscode): see Category.Spent.
	SpentQualifiers []string `yaml:"spent_qualifiers"`
	// NonDataHeads are heads of a compound name that make it name
	// something other than the data its modifiers name: an id, a date, a
	// count, a setting, a check, a template (EmailTemplate, AddressSid,
	// PhoneNumberCollection, NameServers).
	NonDataHeads []string `yaml:"non_data_heads"`
	// FileHeads are heads of a compound name that make it name where a
	// file lies (AuthenticatedEmailsFile, PhoneListPath): not the data its
	// modifiers name, unless the datum is itself a file (FileData).
	FileHeads []string `yaml:"file_heads"`
	// FileData are categories (and their descendants) whose datum is
	// itself a file, a photo or a scan: a name headed by a file word
	// (AvatarFile, PhotoPath) names it.
	FileData []string `yaml:"file_data"`
	// KeyHeads are heads of a compound name that make it name the key
	// under which a datum is stored or read (emailKey, UserNameKey): not
	// the data its modifiers name, unless the datum is a secret (KeyData).
	KeyHeads []string `yaml:"key_heads"`
	// KeyData are categories (and their descendants) whose datum is a
	// secret: a name headed by a key word (SecretKey) names key material
	// of it.
	KeyData []string `yaml:"key_data"`
	// ThingTypes are last tokens (or two-token runs) of a type name that
	// name a thing or an organisation (Product, Plan, Company, Terminal):
	// weak names in it are not personal, and only HolderProof categories
	// found by strong evidence stay personal.
	ThingTypes []string `yaml:"thing_types"`
	// ServerTypes are last tokens of a type name that make it a server
	// or a store the application logs into (Server, SMTP, Database): the
	// logins, passwords and tokens it holds are the system's accounts
	// there, not a person's.
	ServerTypes []string `yaml:"server_types"`
	// HolderProof are categories (and their descendants) that stay
	// personal in any holder but a configuration type.
	HolderProof []string `yaml:"holder_proof"`
	// HandleTypes are last tokens of a Go type's name that hold no data
	// (prepared statements, clients, loggers, messengers).
	HandleTypes []string `yaml:"handle_types"`
	// ProvisionedNumbers are qualifiers that, right before "phone number"
	// or "number" in a holder's name, make it a telephone number that a
	// provider offers or an account rents (AvailablePhoneNumber,
	// IncomingPhoneNumber, OwnedNumber): the organisation's own line, a
	// thing holder.
	ProvisionedNumbers []string `yaml:"provisioned_numbers"`
	// OrganisationTypes are last tokens (or two-token runs) of a holder's
	// name that name an organisation (Organization, Company): its own
	// contact data is the organisation's, so even HolderProof categories
	// count there only when a person word qualifies them (ContactEmail),
	// special categories excepted.
	OrganisationTypes []string `yaml:"organisation_types"`
	// RequestVerbs are first tokens of a type name that make a type named
	// for configuration a request instead (CreateUserOption,
	// MigrateRepoOptions): its head is what the request acts on.
	RequestVerbs []string `yaml:"request_verbs"`
	// NameRoles are person words that, as the head of a string field's
	// name, make the value that person's name (Author, DublinCoreCreator).
	NameRoles []string `yaml:"name_roles"`
	// TestEnvironments name a test environment (test_environment,
	// sandbox): a value whose description says, in one sentence with
	// "only", that it is used only there holds no real person's data.
	TestEnvironments []string `yaml:"test_environments"`
	// AccountNamespaces are things an account owns and names under its own
	// name (owner/name: a repository, a package): their owner is an
	// account, so an owner's name there is the account's login.
	AccountNamespaces []string `yaml:"account_namespaces"`
	// NamespaceOwners are the person words that name the account owning
	// such a thing (Owner in Repository.OwnerName, RepoOwnerName).
	NamespaceOwners []string `yaml:"namespace_owners"`
	// ContainerFields are words that, as the whole name of a field holding
	// an anonymous struct (Values, Items, Data), say only that it holds
	// elements: the struct is judged by the name holding that field
	// (repositories.Values.FullName is a repository's).
	ContainerFields []string `yaml:"container_fields"`
	// FactorWords name second factors: a configuration word right after
	// one names a person's enrolment of the factor (TOTPConfiguration),
	// not the system's configuration.
	FactorWords []string `yaml:"factor_words"`
	// ConfigKeyLists are last tokens of a configuration type's name that
	// make it the list of keys to read (LDAPAttributes): its string members
	// name attributes, not values, as a key map's do.
	ConfigKeyLists []string `yaml:"config_key_lists"`
	// StatementWords are first tokens of a name that, before one of
	// StatementVerbs, make it name a query or statement for that verb
	// (sqlInsertOneTimeCode, stmtSelectUserByEmail, queryDeleteToken): its
	// value is the statement's text, not the data the rest names.
	StatementWords []string `yaml:"statement_words"`
	// StatementVerbs are the verbs a statement name puts after its
	// statement word (select, insert, update, delete, revoke, …).
	StatementVerbs []string `yaml:"statement_verbs"`
	// PrefixTokens are tokens that, before another token, are the prefix of
	// a compound word (sub in SubFlow, SubType): a pattern made of such a
	// token alone matches only as the name's last token (an OIDC Sub).
	PrefixTokens []string `yaml:"prefix_tokens"`
}

// Value kinds a category may list in Kinds.
const (
	KindNameBool = "bool"
	KindNameTime = "time"
	KindNameEnum = "enum"
)

// Taxonomy is a validated, indexed set of categories. It is immutable and
// safe for concurrent use.
type Taxonomy struct {
	version    string
	cats       map[string]*Category
	sorted     []*Category
	aliases    map[string]string
	shortForms map[string]string
	lexicon    Lexicon
	short      map[string]string // squeezed pattern → key
	digest     string
}

// taxonomyFile is the layout of taxonomy.yaml.
type taxonomyFile struct {
	Version    string            `yaml:"version" json:"version"`
	Aliases    map[string]string `yaml:"aliases" json:"aliases"`
	ShortForms map[string]string `yaml:"short_forms" json:"short_forms"`
	Lexicon    Lexicon           `yaml:"lexicon" json:"lexicon"`
	Categories []*Category       `yaml:"categories" json:"categories"`
}

var (
	defaultOnce sync.Once
	defaultTax  *Taxonomy
	defaultErr  error
)

// DefaultTaxonomy returns the embedded default taxonomy, parsed and
// validated once.
func DefaultTaxonomy() (*Taxonomy, error) {
	defaultOnce.Do(func() {
		defaultTax, defaultErr = ParseTaxonomy(taxonomyYAML)
		if defaultErr != nil {
			defaultErr = fmt.Errorf("embedded taxonomy.yaml: %w", defaultErr)
		}
	})
	return defaultTax, defaultErr
}

// ParseTaxonomy parses and validates a taxonomy in the layout of
// taxonomy.yaml. Errors name the line of the offending entry.
func ParseTaxonomy(data []byte) (*Taxonomy, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, fmt.Errorf("parse taxonomy: %w", err)
	}
	if len(root.Content) == 0 {
		return nil, errors.New("parse taxonomy: empty document")
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	var f taxonomyFile
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("parse taxonomy: %w", err)
	}
	lines := nodeLines(root.Content[0])
	return build(f, lines)
}

// nodeLines maps category keys ("categories/<key>") and alias names
// ("aliases/<name>") to their source lines.
func nodeLines(doc *yaml.Node) map[string]int {
	lines := map[string]int{}
	if doc.Kind != yaml.MappingNode {
		return lines
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		lines[k.Value] = k.Line
		switch k.Value {
		case "categories":
			for j, item := range v.Content {
				lines[fmt.Sprintf("categories#%d", j)] = item.Line
			}
		case "aliases", "short_forms":
			for j := 0; j+1 < len(v.Content); j += 2 {
				lines[k.Value+"/"+v.Content[j].Value] = v.Content[j].Line
			}
		}
	}
	return lines
}

// build validates f and indexes it. lines may be nil (no positions known).
func build(f taxonomyFile, lines map[string]int) (*Taxonomy, error) {
	at := func(what string) string {
		if l, ok := lines[what]; ok && l > 0 {
			return fmt.Sprintf("line %d: ", l)
		}
		return ""
	}
	if strings.TrimSpace(f.Version) == "" {
		return nil, fmt.Errorf("taxonomy: %smissing version", at("version"))
	}
	t := &Taxonomy{
		version:    f.Version,
		cats:       make(map[string]*Category, len(f.Categories)),
		aliases:    map[string]string{},
		shortForms: map[string]string{},
		short:      map[string]string{},
	}
	for i, c := range f.Categories {
		where := at(fmt.Sprintf("categories#%d", i))
		if c == nil {
			return nil, fmt.Errorf("taxonomy: %sempty category entry", where)
		}
		if !validKey(c.Key) {
			return nil, fmt.Errorf("taxonomy: %sinvalid category key %q", where, c.Key)
		}
		if _, dup := t.cats[c.Key]; dup {
			return nil, fmt.Errorf("taxonomy: %sduplicate category key %q", where, c.Key)
		}
		if err := validateCategory(c); err != nil {
			return nil, fmt.Errorf("taxonomy: %scategory %s: %w", where, c.Key, err)
		}
		t.cats[c.Key] = c
	}
	for i, c := range f.Categories {
		if p := Parent(c.Key); p != "" {
			if _, ok := t.cats[p]; !ok {
				return nil, fmt.Errorf("taxonomy: %scategory %s: parent %q does not exist",
					at(fmt.Sprintf("categories#%d", i)), c.Key, p)
			}
		}
	}
	for _, a := range slices.Sorted(maps.Keys(f.Aliases)) {
		target := f.Aliases[a]
		where := at("aliases/" + a)
		if _, clash := t.cats[a]; clash {
			return nil, fmt.Errorf("taxonomy: %salias %q is also a category key", where, a)
		}
		if _, ok := t.cats[target]; !ok {
			return nil, fmt.Errorf("taxonomy: %salias %q names unknown category %q", where, a, target)
		}
		t.aliases[a] = target
	}
	for _, s := range slices.Sorted(maps.Keys(f.ShortForms)) {
		target, ok := t.canonical(f.ShortForms[s])
		if !ok {
			return nil, fmt.Errorf("taxonomy: %sshort form %q names unknown category %q",
				at("short_forms/"+s), s, f.ShortForms[s])
		}
		t.shortForms[squeeze(s)] = target
	}
	if err := validateLexicon(f.Lexicon); err != nil {
		return nil, fmt.Errorf("taxonomy: %slexicon: %w", at("lexicon"), err)
	}
	for _, k := range f.Lexicon.HolderProof {
		if t.cats[k] == nil {
			return nil, fmt.Errorf("taxonomy: %slexicon: holder_proof: %q is no category key", at("lexicon"), k)
		}
	}
	for _, k := range f.Lexicon.FileData {
		if t.cats[k] == nil {
			return nil, fmt.Errorf("taxonomy: %slexicon: file_data: %q is no category key", at("lexicon"), k)
		}
	}
	for _, k := range f.Lexicon.KeyData {
		if t.cats[k] == nil {
			return nil, fmt.Errorf("taxonomy: %slexicon: key_data: %q is no category key", at("lexicon"), k)
		}
	}
	t.lexicon = f.Lexicon
	for _, c := range t.cats {
		t.sorted = append(t.sorted, c)
	}
	slices.SortFunc(t.sorted, func(a, b *Category) int { return strings.Compare(a.Key, b.Key) })

	// Strong patterns must name one category only; index them for ShortForm.
	strongOwner := map[string]string{}
	for _, c := range t.sorted {
		for _, n := range c.Names {
			sq := squeeze(n)
			if other, dup := strongOwner[sq]; dup && other != c.Key {
				return nil, fmt.Errorf("taxonomy: %scategory %s: name %q is also a name of %s",
					at(lineOfKey(f.Categories, c.Key)), c.Key, n, other)
			}
			strongOwner[sq] = c.Key
		}
	}
	for sq, k := range strongOwner {
		t.short[sq] = k
	}
	// Weak and context patterns resolve short forms only where no strong
	// pattern does; the first category in key order wins.
	for _, c := range t.sorted {
		var extra []string
		extra = append(extra, c.Weak...)
		for _, cp := range c.Context {
			extra = append(extra, cp.Names...)
		}
		for _, n := range extra {
			if _, ok := t.short[squeeze(n)]; !ok {
				t.short[squeeze(n)] = c.Key
			}
		}
	}

	sum, err := json.Marshal(taxonomyFile{
		Version: t.version, Aliases: t.aliases, ShortForms: t.shortForms,
		Lexicon: t.lexicon, Categories: t.sorted,
	})
	if err != nil {
		return nil, fmt.Errorf("taxonomy: digest: %w", err)
	}
	h := sha256.Sum256(sum)
	t.digest = hex.EncodeToString(h[:])
	return t, nil
}

// lineOfKey returns the line-map key of the category entry with key.
func lineOfKey(cats []*Category, key string) string {
	for i, c := range cats {
		if c != nil && c.Key == key {
			return fmt.Sprintf("categories#%d", i)
		}
	}
	return ""
}

// validKey reports whether k is a dotted key of lower-case snake_case parts.
func validKey(k string) bool {
	if k == "" {
		return false
	}
	for part := range strings.SplitSeq(k, ".") {
		if !validPattern(part) {
			return false
		}
	}
	return true
}

// validPattern reports whether p is a snake_case token sequence of
// lower-case ASCII letters and digits.
func validPattern(p string) bool {
	if p == "" || p[0] == '_' || p[len(p)-1] == '_' || strings.Contains(p, "__") {
		return false
	}
	for i := 0; i < len(p); i++ {
		c := p[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_') {
			return false
		}
	}
	return true
}

func validateCategory(c *Category) error {
	own := map[string]bool{} // tokens and squeezed forms of the category's patterns
	check := func(field string, ps []string) error {
		for _, p := range ps {
			if !validPattern(p) {
				return fmt.Errorf("%s: %q is not a snake_case token sequence", field, p)
			}
		}
		return nil
	}
	addOwn := func(ps []string) {
		for _, p := range ps {
			own[squeeze(p)] = true
			for tok := range strings.SplitSeq(p, "_") {
				own[tok] = true
			}
		}
	}
	for _, x := range []struct {
		field string
		ps    []string
	}{{"names", c.Names}, {"weak", c.Weak}, {"veto", c.Veto}, {"holder_veto", c.HolderVeto}, {"sibling_veto", c.SiblingVeto}} {
		if err := check(x.field, x.ps); err != nil {
			return err
		}
	}
	for _, p := range c.PartOnly {
		if !slices.Contains(c.Weak, p) {
			return fmt.Errorf("part_only: %q is not one of weak", p)
		}
	}
	for _, p := range c.Spent {
		if !slices.Contains(c.Names, p) && !slices.Contains(c.Weak, p) {
			return fmt.Errorf("spent: %q is not one of names or weak", p)
		}
	}
	addOwn(c.Names)
	addOwn(c.Weak)
	for i, cp := range c.Context {
		if len(cp.Names) == 0 || len(cp.With) == 0 {
			return fmt.Errorf("context[%d]: needs names and with", i)
		}
		if err := check(fmt.Sprintf("context[%d].names", i), cp.Names); err != nil {
			return err
		}
		if err := check(fmt.Sprintf("context[%d].with", i), cp.With); err != nil {
			return err
		}
		addOwn(cp.Names)
	}
	for _, v := range c.Veto {
		if own[squeeze(v)] {
			return fmt.Errorf("veto %q cancels the category's own pattern", v)
		}
	}
	for _, k := range c.Kinds {
		switch k {
		case KindNameBool, KindNameTime, KindNameEnum:
		default:
			return fmt.Errorf("kinds: unknown kind %q (want bool, time or enum)", k)
		}
	}
	for _, f := range c.Formats {
		if f == "" || f != strings.ToLower(f) {
			return fmt.Errorf("formats: %q must be lower-case and non-empty", f)
		}
	}
	for _, ty := range c.Types {
		if ty == "" || strings.ContainsAny(ty, " *[]") {
			return fmt.Errorf("types: %q must be a qualified type name such as net/mail.Address", ty)
		}
	}
	return nil
}

func validateLexicon(l Lexicon) error {
	for _, x := range []struct {
		field string
		ps    []string
	}{
		{"person_types", l.PersonTypes}, {"person_type_veto", l.PersonTypeVeto},
		{"self_qualifiers", l.SelfQualifiers}, {"contact_qualifiers", l.ContactQualifiers},
		{"list_pages", l.ListPages},
		{"config_types", l.ConfigTypes},
		{"type_suffixes", l.TypeSuffixes}, {"count_tokens", l.CountTokens},
		{"count_prefixes", l.CountPrefixes}, {"one_way", l.OneWay},
		{"spent_qualifiers", l.SpentQualifiers},
		{"non_data_heads", l.NonDataHeads}, {"file_heads", l.FileHeads},
		{"key_heads", l.KeyHeads},
		{"thing_types", l.ThingTypes}, {"server_types", l.ServerTypes},
		{"handle_types", l.HandleTypes}, {"provisioned_numbers", l.ProvisionedNumbers},
		{"config_prefixes", l.ConfigPrefixes}, {"meta_qualifiers", l.MetaQualifiers},
		{"config_packages", l.ConfigPackages}, {"key_maps", l.KeyMaps},
		{"request_suffixes", l.RequestSuffixes}, {"own_settings", l.OwnSettings},
		{"error_words", l.ErrorWords}, {"error_predicates", l.ErrorPredicates},
		{"retype_words", l.RetypeWords},
		{"organisation_types", l.OrganisationTypes}, {"request_verbs", l.RequestVerbs},
		{"name_roles", l.NameRoles}, {"test_environments", l.TestEnvironments},
		{"account_namespaces", l.AccountNamespaces}, {"namespace_owners", l.NamespaceOwners},
		{"container_fields", l.ContainerFields},
		{"statement_words", l.StatementWords}, {"statement_verbs", l.StatementVerbs},
		{"prefix_tokens", l.PrefixTokens}, {"config_key_lists", l.ConfigKeyLists},
		{"factor_words", l.FactorWords},
	} {
		for _, p := range x.ps {
			if !validPattern(p) {
				return fmt.Errorf("%s: %q is not a snake_case token sequence", x.field, p)
			}
		}
	}
	return nil
}

// squeeze removes separators and lower-cases s: "date_of_birth" and
// "DateOfBirth" both become "dateofbirth".
func squeeze(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.ToLower(s) {
		switch r {
		case '_', '-', ' ', '.', '\t':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Version returns the taxonomy's version string.
func (t *Taxonomy) Version() string { return t.version }

// Digest returns the hex SHA-256 of the taxonomy's canonical content; it
// changes whenever a category, alias or lexicon entry changes.
func (t *Taxonomy) Digest() string { return t.digest }

// Categories returns all categories sorted by key. The returned categories
// belong to the taxonomy and must not be modified.
func (t *Taxonomy) Categories() []*Category { return slices.Clone(t.sorted) }

// Category returns the category of key after alias normalisation, or nil
// if the key is unknown.
func (t *Taxonomy) Category(key string) *Category {
	k, ok := t.canonical(key)
	if !ok {
		return nil
	}
	return t.cats[k]
}

// Canonical normalises an alias (IAB draft spelling) to its fideslang key.
// ok is false if key names no category.
func (t *Taxonomy) Canonical(key string) (string, bool) { return t.canonical(key) }

func (t *Taxonomy) canonical(key string) (string, bool) {
	key = strings.TrimSpace(key)
	if _, ok := t.cats[key]; ok {
		return key, true
	}
	if target, ok := t.aliases[key]; ok {
		return target, true
	}
	return "", false
}

// Aliases returns the alias → fideslang key map (a copy).
func (t *Taxonomy) Aliases() map[string]string {
	m := make(map[string]string, len(t.aliases))
	for k, v := range t.aliases {
		m[k] = v
	}
	return m
}

// Lexicon returns the classifier's token lists (a copy).
func (t *Taxonomy) Lexicon() Lexicon {
	l := t.lexicon
	l.PersonTypes = slices.Clone(l.PersonTypes)
	l.PersonTypeVeto = slices.Clone(l.PersonTypeVeto)
	l.SelfQualifiers = slices.Clone(l.SelfQualifiers)
	l.ContactQualifiers = slices.Clone(l.ContactQualifiers)
	l.ListPages = slices.Clone(l.ListPages)
	l.ConfigTypes = slices.Clone(l.ConfigTypes)
	l.TypeSuffixes = slices.Clone(l.TypeSuffixes)
	l.CountTokens = slices.Clone(l.CountTokens)
	l.CountPrefixes = slices.Clone(l.CountPrefixes)
	l.OneWay = slices.Clone(l.OneWay)
	l.SpentQualifiers = slices.Clone(l.SpentQualifiers)
	l.NonDataHeads = slices.Clone(l.NonDataHeads)
	l.FileHeads = slices.Clone(l.FileHeads)
	l.FileData = slices.Clone(l.FileData)
	l.KeyHeads = slices.Clone(l.KeyHeads)
	l.KeyData = slices.Clone(l.KeyData)
	l.ThingTypes = slices.Clone(l.ThingTypes)
	l.ServerTypes = slices.Clone(l.ServerTypes)
	l.HolderProof = slices.Clone(l.HolderProof)
	l.HandleTypes = slices.Clone(l.HandleTypes)
	l.ProvisionedNumbers = slices.Clone(l.ProvisionedNumbers)
	l.ConfigPrefixes = slices.Clone(l.ConfigPrefixes)
	l.ConfigPackages = slices.Clone(l.ConfigPackages)
	l.KeyMaps = slices.Clone(l.KeyMaps)
	l.RequestSuffixes = slices.Clone(l.RequestSuffixes)
	l.OwnSettings = slices.Clone(l.OwnSettings)
	l.ErrorWords = slices.Clone(l.ErrorWords)
	l.ErrorPredicates = slices.Clone(l.ErrorPredicates)
	l.RetypeWords = slices.Clone(l.RetypeWords)
	l.MetaQualifiers = slices.Clone(l.MetaQualifiers)
	l.OrganisationTypes = slices.Clone(l.OrganisationTypes)
	l.RequestVerbs = slices.Clone(l.RequestVerbs)
	l.NameRoles = slices.Clone(l.NameRoles)
	l.TestEnvironments = slices.Clone(l.TestEnvironments)
	l.AccountNamespaces = slices.Clone(l.AccountNamespaces)
	l.NamespaceOwners = slices.Clone(l.NamespaceOwners)
	l.ContainerFields = slices.Clone(l.ContainerFields)
	l.StatementWords = slices.Clone(l.StatementWords)
	l.StatementVerbs = slices.Clone(l.StatementVerbs)
	l.PrefixTokens = slices.Clone(l.PrefixTokens)
	l.ConfigKeyLists = slices.Clone(l.ConfigKeyLists)
	l.FactorWords = slices.Clone(l.FactorWords)
	return l
}

// ShortForm resolves an annotation's short form to a category key: a full
// key or alias ("user.health"), a short form of the taxonomy
// ("credit"), or a token form of a category's name pattern ("email",
// "ssn", "dob", "iban", "phone", "date_of_birth", "FirstName"). Strong
// patterns take precedence over weak and context ones.
func (t *Taxonomy) ShortForm(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if k, ok := t.canonical(s); ok {
		return k, true
	}
	if k, ok := t.canonical(strings.ToLower(s)); ok {
		return k, true
	}
	sq := squeeze(s)
	if k, ok := t.shortForms[sq]; ok {
		return k, true
	}
	if k, ok := t.short[sq]; ok {
		return k, true
	}
	return "", false
}

// Extend returns a new taxonomy with the policy's category extensions
// applied; the receiver is unchanged. An existing key (or alias) gains the
// extension's patterns, formats and types, and its description and flags
// if set. A new key under "user." is added, with any missing intermediate
// parents; a new key elsewhere needs an existing parent. Patterns may be
// written in any case and separator style ("LoyaltyID", "member-no").
func (t *Taxonomy) Extend(ext map[string]CategoryExtension) (*Taxonomy, error) {
	f := taxonomyFile{
		Version:    t.version,
		Aliases:    t.Aliases(),
		ShortForms: map[string]string{},
		Lexicon:    t.Lexicon(),
	}
	for k, v := range t.shortForms {
		f.ShortForms[k] = v
	}
	cats := make(map[string]*Category, len(t.cats)+len(ext))
	for k, c := range t.cats {
		cats[k] = cloneCategory(c)
	}
	if len(ext) > 0 {
		f.Version = t.version + " + policy"
	}
	for _, key := range slices.Sorted(maps.Keys(ext)) {
		e := ext[key]
		k, ok := t.canonical(key)
		if !ok {
			k = strings.TrimSpace(key)
			if !validKey(k) {
				return nil, fmt.Errorf("extend taxonomy: invalid category key %q", key)
			}
			if !IsPersonal(k) {
				if _, ok := cats[Parent(k)]; !ok {
					return nil, fmt.Errorf("extend taxonomy: category %s: parent %q does not exist", k, Parent(k))
				}
			}
			for p := Parent(k); p != "" && IsPersonal(p); p = Parent(p) {
				if _, ok := cats[p]; !ok {
					cats[p] = &Category{Key: p, Description: "Added by the policy as the parent of " + k + "."}
				}
			}
			if _, ok := cats[k]; !ok {
				cats[k] = &Category{Key: k}
			}
		}
		c := cats[k]
		if e.Description != "" {
			c.Description = e.Description
		}
		if e.Sensitive != nil {
			c.Sensitive = *e.Sensitive
		}
		if e.Special != nil {
			c.Special = *e.Special
		}
		var err error
		if c.Names, err = mergePatterns(c.Names, e.Names); err != nil {
			return nil, fmt.Errorf("extend taxonomy: category %s: names: %w", k, err)
		}
		if c.Weak, err = mergePatterns(c.Weak, e.Weak); err != nil {
			return nil, fmt.Errorf("extend taxonomy: category %s: weak: %w", k, err)
		}
		if c.Veto, err = mergePatterns(c.Veto, e.Veto); err != nil {
			return nil, fmt.Errorf("extend taxonomy: category %s: veto: %w", k, err)
		}
		for _, fm := range e.Formats {
			if fm = strings.ToLower(strings.TrimSpace(fm)); fm != "" && !slices.Contains(c.Formats, fm) {
				c.Formats = append(c.Formats, fm)
			}
		}
		for _, ty := range e.Types {
			if ty = strings.TrimSpace(ty); ty != "" && !slices.Contains(c.Types, ty) {
				c.Types = append(c.Types, ty)
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(cats)) {
		f.Categories = append(f.Categories, cats[k])
	}
	nt, err := build(f, nil)
	if err != nil {
		return nil, fmt.Errorf("extend taxonomy: %w", err)
	}
	return nt, nil
}

// mergePatterns appends the normalised extra patterns not yet in base.
func mergePatterns(base, extra []string) ([]string, error) {
	for _, p := range extra {
		n := normalisePattern(p)
		if !validPattern(n) {
			return nil, fmt.Errorf("%q is not a usable name pattern", p)
		}
		if !slices.Contains(base, n) {
			base = append(base, n)
		}
	}
	return base, nil
}

// normalisePattern turns an identifier-like pattern into snake_case: it
// splits camelCase (acronym-aware) and digit runs, lower-cases, and turns
// any run of other characters into "_" ("MemberNo" → member_no,
// "loyalty-ID" → loyalty_id).
func normalisePattern(p string) string {
	rs := []rune(strings.TrimSpace(p))
	var b strings.Builder
	isUpper := func(r rune) bool { return r >= 'A' && r <= 'Z' }
	isLower := func(r rune) bool { return r >= 'a' && r <= 'z' }
	isDigit := func(r rune) bool { return r >= '0' && r <= '9' }
	pending := false
	for i, r := range rs {
		if !isUpper(r) && !isLower(r) && !isDigit(r) {
			pending = true
			continue
		}
		if i > 0 && b.Len() > 0 && !pending {
			prev := rs[i-1]
			switch {
			case isUpper(r) && (isLower(prev) || isDigit(prev)):
				pending = true
			case isUpper(r) && isUpper(prev) && i+1 < len(rs) && isLower(rs[i+1]):
				pending = true
			case isDigit(r) != isDigit(prev):
				pending = true
			}
		}
		if pending && b.Len() > 0 {
			b.WriteByte('_')
		}
		pending = false
		b.WriteRune(r | 0x20) // ASCII lower-case; r is a letter or digit here
	}
	return b.String()
}

func cloneCategory(c *Category) *Category {
	n := *c
	n.Names = slices.Clone(c.Names)
	n.Weak = slices.Clone(c.Weak)
	n.Veto = slices.Clone(c.Veto)
	n.HolderVeto = slices.Clone(c.HolderVeto)
	n.SiblingVeto = slices.Clone(c.SiblingVeto)
	n.PartOnly = slices.Clone(c.PartOnly)
	n.Spent = slices.Clone(c.Spent)
	n.Formats = slices.Clone(c.Formats)
	n.Types = slices.Clone(c.Types)
	n.Kinds = slices.Clone(c.Kinds)
	n.Context = make([]ContextPattern, len(c.Context))
	for i, cp := range c.Context {
		n.Context[i] = ContextPattern{Names: slices.Clone(cp.Names), With: slices.Clone(cp.With)}
	}
	if c.Context == nil {
		n.Context = nil
	}
	return &n
}

// IsPersonal reports whether key is a personal-data category: "user" or a
// key under "user.".
func IsPersonal(key string) bool { return key == "user" || strings.HasPrefix(key, "user.") }

// Covers reports whether ancestor is key or one of key's ancestors
// ("user.contact" covers "user.contact.email").
func Covers(ancestor, key string) bool {
	// Compared in place: ancestor+"." allocated for long keys.
	return ancestor == key || len(key) > len(ancestor) && key[len(ancestor)] == '.' && strings.HasPrefix(key, ancestor)
}

// Parent returns the parent key of key, or "" for a top-level key.
func Parent(key string) string {
	if i := strings.LastIndexByte(key, '.'); i >= 0 {
		return key[:i]
	}
	return ""
}
