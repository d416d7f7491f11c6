// Package policy loads and validates privlint.yaml, the policy file that
// declares a module's purposes of processing, their legal bases and
// categories, its recipients, what must be encrypted, extra sinks and
// categories, and rule levels (SPEC §2).
//
// A file is parsed with gopkg.in/yaml.v3 (keeping positions), validated
// against the embedded JSON Schema policy.schema.json, then checked
// against the taxonomy: category keys must be known (aliases are
// normalised to the fideslang key), third-party purposes must be defined
// and rule ids must exist. Every problem is an *Error naming file, line and
// key.
package policy

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"maps"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules"
	"github.com/privlint/privlint/rules/safefile"
	"gopkg.in/yaml.v3"
)

// knownRuleIDs returns the rule ids a policy's `rules:` section may name:
// those of the embedded rule catalog (rules.IDs) and those of SPEC §5, so
// that a policy stays loadable should the catalog fail; sorted.
func knownRuleIDs() []string {
	spec := []string{"PL001", "PL002", "PL003", "PL004", "PL005", "PL006", "PL101", "PL102", "PL103", "PL104", "PL105", "PL201"}
	ids := slices.Concat(spec, rules.IDs())
	slices.Sort(ids)
	return slices.Compact(ids)
}

// maxFileSize bounds the size of a policy file Load reads.
const maxFileSize = 8 << 20

// Policy is a loaded privlint.yaml, or the built-in defaults.
type Policy struct {
	// Path is the absolute path of the file loaded; "" for the defaults.
	Path string
	// Digest is the hex SHA-256 of the file's bytes; "" for the defaults.
	// It goes into privlint's go vet identity so that editing the policy
	// invalidates go vet's cache.
	Digest string
	// Version is the policy format version (1).
	Version int
	// Organization names the controller, DPO and EU representative; nil
	// when the file has none.
	Organization *Organization
	// Purposes are the declared purposes of processing, by name.
	Purposes map[string]*Purpose
	// ThirdParties are the declared recipients, by name.
	ThirdParties map[string]*ThirdParty
	// InternalHosts are host glob patterns of the organisation itself.
	InternalHosts []string
	// Encryption says what must be encrypted at rest and what encrypts.
	Encryption Encryption
	// Categories are the policy's additions to the taxonomy, by key as
	// written in the file.
	Categories map[string]rules.CategoryExtension
	// Sinks are additional sinks declared by the policy.
	Sinks Sinks
	// Schemas are glob patterns of schema files to check.
	Schemas []string
	// SchemaLines are the lines of Schemas' entries in the policy file,
	// index by index; 0 when unknown.
	SchemaLines []int
	// Exclude are glob patterns of files to leave out.
	Exclude []string
	// Rules maps rule ids to the level set in the file: off, note,
	// warning or error.
	Rules map[string]string
	// Taxonomy is the default taxonomy extended with Categories.
	Taxonomy *rules.Taxonomy
	// Limits bound the work done on one schema file.
	Limits Limits
	// Deny are the policy's deny rules (PL006): those of the file in file
	// order, then those of the Fides manifests' policies.
	Deny []*DenyRule
	// Manifests are the Fides manifest files read (the fides: section), in
	// order: the policy's directory joined with the paths as written.
	Manifests []string
	// FidesDatasets are the datasets of the Fides manifests, by fides_key:
	// annotations of SQL tables and columns (SPEC §2.1).
	FidesDatasets map[string]*FidesDataset
}

// Match kinds of a deny rule's dimension, with Fides' semantics (SPEC
// §2.1): ANY, some key matches; ALL, every key matches; NONE, no key
// matches; OTHER, some key does not match. A key matches a value that is
// the key or one of its ancestors.
const (
	MatchAny   = "ANY"
	MatchAll   = "ALL"
	MatchNone  = "NONE"
	MatchOther = "OTHER"
)

// DenyRule is one entry of the policy's `deny:` section (PL006): a
// combination of categories, data use and subjects that no purpose may
// process. A dimension the rule does not name is nil and always matches.
type DenyRule struct {
	// Name is the rule's name, as written.
	Name string
	// Categories matches the categories processed under a purpose; its
	// values are canonical category keys.
	Categories *DenyMatch
	// Uses matches the purpose's Fides data use.
	Uses *DenyMatch
	// Subjects matches the purpose's Fides data subjects.
	Subjects *DenyMatch
	// Policy is the fides_key of the Fides policy the rule comes from; ""
	// for a rule of the policy file's deny: section.
	Policy string
	// File is the Fides manifest defining the rule; "" for the policy file.
	File string
	// Line is the line of the rule in its file; 0 when unknown.
	Line int
}

// DenyMatch is one dimension of a deny rule.
type DenyMatch struct {
	// Matches is MatchAny, MatchAll, MatchNone or MatchOther.
	Matches string
	// Values are the keys the rule names.
	Values []string
}

// Limits are the policy's `limits:` section: bounds that keep a hostile or
// broken schema file from exhausting time or memory. A file beyond a limit
// is reported as an error naming it; it is never silently skipped.
type Limits struct {
	// MaxSchemaBytes is the largest schema file read, in bytes.
	MaxSchemaBytes int64
	// MaxDepth is the deepest nesting of mappings and sequences in a
	// schema document, YAML aliases expanded.
	MaxDepth int
	// MaxAliasExpansion is the most values YAML aliases may add to a
	// schema document when expanded (a "billion laughs" document adds
	// billions).
	MaxAliasExpansion int
	// MaxRefHops is the most $refs followed one inside another from a
	// schema file's root.
	MaxRefHops int
}

// DefaultLimits returns the limits that apply when the policy sets none:
// 64 MiB, depth 1000, 1,000,000 values added by aliases, 1000 $ref hops.
func DefaultLimits() Limits {
	return Limits{MaxSchemaBytes: 64 << 20, MaxDepth: 1000, MaxAliasExpansion: 1_000_000, MaxRefHops: 1000}
}

// Organization is who is responsible for the processing (GDPR Art.
// 30(1)(a)). Absent parties are nil.
type Organization struct {
	// Controller is the data controller (Art. 4(7)).
	Controller *Party
	// DPO is the data protection officer (Art. 37).
	DPO *Party
	// Representative is the controller's EU representative (Art. 27).
	Representative *Party
}

// Party is a person or organisation and how to reach it; any field may be
// empty.
type Party struct {
	Name, Email, Address, Phone string
}

// Purpose is one declared purpose of processing.
type Purpose struct {
	// Name is the purpose's key in the file.
	Name string
	// Description says what the purpose is.
	Description string
	// LegalBasis is the GDPR Art. 6(1) basis: consent, explicit_consent,
	// contract, legal_obligation, vital_interests, public_task or
	// legitimate_interests.
	LegalBasis string
	// SpecialCategoryBasis is the GDPR Art. 9(2) condition, if any.
	SpecialCategoryBasis string
	// DataUse is the Fides data-use key, if any.
	DataUse string
	// Retention is how long data is kept, as written.
	Retention string
	// Subjects are Fides data-subject keys.
	Subjects []string
	// Categories are the categories the purpose allows, as canonical
	// (fideslang) keys, in file order.
	Categories []string
	// File is the Fides manifest whose privacy declaration defines the
	// purpose; "" for a purpose of the policy file.
	File string
	// System is the fides_key of that declaration's system; "" for the
	// policy file.
	System string
	// Line is the line of the purpose's key (or privacy declaration) in its
	// file; 0 when unknown.
	Line int
}

// ThirdParty is one declared recipient of personal data.
type ThirdParty struct {
	// Name is the display name, or the key in the file when none is given.
	Name string
	// Key is the recipient's key in the file (what
	// //privlint:sink thirdparty:<key> and sinks.third_party refer to).
	Key string
	// Role is processor, controller or sub_processor; "" when not given.
	Role string
	// DPA is true when a data-processing agreement is in place.
	DPA bool
	// Purposes are the purposes the recipient receives data for.
	Purposes []string
	// Categories are the categories it may receive (canonical keys); empty
	// means not restricted by category.
	Categories []string
	// Packages are Go import paths of its SDKs ("/..." matches
	// sub-packages).
	Packages []string
	// Hosts are host glob patterns of its endpoints.
	Hosts []string
	// Transfer describes an international transfer; nil when none.
	Transfer *Transfer
	// Line is the line of the recipient's key in the file; 0 when unknown.
	Line int
}

// Transfer is an international transfer of personal data (GDPR Art.
// 44–49).
type Transfer struct {
	// Country is where the data goes, as written (e.g. "US").
	Country string
	// Mechanism is the transfer tool, as written (e.g. "SCCs", "adequacy").
	Mechanism string
}

// Encryption is the policy's `encryption:` section.
type Encryption struct {
	// Required lists what must be encrypted at rest: "sensitive" (the
	// taxonomy's sensitive categories), "all" (all personal data) or
	// category keys (canonical; a key covers its descendants). Defaults to
	// ["sensitive"] when the file does not set it; an explicit empty list
	// requires nothing.
	Required []string
	// Functions are functions whose results count as encrypted
	// ("example.com/shop/crypto.Seal", "pkg.(*T).Method").
	Functions []string
	// Types are types whose values count as encrypted.
	Types []string
}

// Sinks are sinks added by the policy. Each entry names a function or
// method as "import/path.Func" or "import/path.(*Type).Method".
type Sinks struct {
	// Storage sinks write to persistent storage (PL101).
	Storage []string
	// Log sinks write to logs or standard output (PL102).
	Log []string
	// ThirdParty maps a recipient's name (normally a key of
	// third_parties) to the functions that send data to it (PL103).
	ThirdParty map[string][]string
}

// newPolicy returns the defaults on taxonomy tax.
func newPolicy(tax *rules.Taxonomy) *Policy {
	return &Policy{
		Version:      1,
		Purposes:     map[string]*Purpose{},
		ThirdParties: map[string]*ThirdParty{},
		Encryption:   Encryption{Required: []string{"sensitive"}},
		Categories:   map[string]rules.CategoryExtension{},
		Sinks:        Sinks{ThirdParty: map[string][]string{}},
		Rules:        map[string]string{},
		Taxonomy:     tax,
		Limits:       DefaultLimits(),

		FidesDatasets: map[string]*FidesDataset{},
	}
}

// Default returns the built-in policy that applies when there is no policy
// file: no purposes, no recipients, encryption required for sensitive
// categories, the default taxonomy, default rule levels.
func Default() (*Policy, error) {
	tax, err := rules.DefaultTaxonomy()
	if err != nil {
		return nil, fmt.Errorf("loading the default taxonomy: %w", err)
	}
	return newPolicy(tax), nil
}

// Load reads and parses the policy file at path, which must be a regular
// file (not a pipe or a device). Errors name the path as given.
func Load(path string) (*Policy, error) {
	return LoadIn(path, "")
}

// LoadIn is Load for a run in the repository whose root is root: when
// path lies inside root, it must not be a symbolic link that leads out of
// it (safefile.OpenNamed). A committed privlint.yaml linked to the
// runner's credentials is refused, with an error that names the link and
// not what it points to.
func LoadIn(path, root string) (*Policy, error) {
	f, err := safefile.OpenNamed(path, root)
	if err != nil {
		return nil, fmt.Errorf("reading policy: %w", err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading policy %s: %w", path, err)
	}
	if len(data) > maxFileSize {
		return nil, &Error{File: path, Msg: fmt.Sprintf("the policy file is larger than %d bytes", maxFileSize)}
	}
	return Parse(path, data)
}

// Parse parses and validates a policy file's contents. filename is used in
// error messages as given, and, made absolute, as the Policy's Path.
// All problems found are returned, in file order: a single *Error, or
// errors.Join of several (see Errors).
func Parse(filename string, data []byte) (*Policy, error) {
	root, err := parseYAML(filename, data)
	if err != nil {
		return nil, err
	}
	conv := newConverter(filename)
	v := conv.value(root, nil)
	if len(conv.errs) > 0 {
		return nil, joinErrors(conv.errs)
	}
	errs, err := validateSchema(filename, root, v)
	if err != nil {
		return nil, err
	}
	if len(errs) > 0 {
		return nil, joinErrors(errs)
	}
	base, err := rules.DefaultTaxonomy()
	if err != nil {
		return nil, fmt.Errorf("loading the default taxonomy: %w", err)
	}
	p := newPolicy(base)
	if filename != "" {
		if abs, err := filepath.Abs(filename); err == nil {
			p.Path = abs
		} else {
			p.Path = filename
		}
	}
	b := &builder{file: filename, root: root, p: p}
	m, _ := v.(map[string]any) // the schema guarantees a mapping
	b.build(m)
	if len(b.errs) > 0 {
		return nil, joinErrors(b.errs)
	}
	// The digest covers the manifests too: editing one changes findings.
	h := sha256.New()
	h.Write(data)
	for _, mb := range b.manifestData {
		fmt.Fprintf(h, "\x00fides %s\x00%d\x00", mb.path, len(mb.data))
		h.Write(mb.data)
	}
	p.Digest = hex.EncodeToString(h.Sum(nil))
	return p, nil
}

// builder fills a Policy from a schema-valid converted document and runs
// the semantic checks.
type builder struct {
	file string
	root *yaml.Node
	p    *Policy
	errs []*Error
	// parent, when set, collects the errors instead (a builder for one
	// Fides manifest reports into the policy's).
	parent *builder
	// catHint says how to define an unknown category, for messages.
	catHint string
	// manifestData are the Fides manifests read, for the digest.
	manifestData []manifestBytes
}

// manifestBytes is a manifest file's path and contents.
type manifestBytes struct {
	path string
	data []byte
}

// addErr records errors, at the parent builder when there is one.
func (b *builder) addErr(errs ...*Error) {
	if b.parent != nil {
		b.parent.addErr(errs...)
		return
	}
	b.errs = append(b.errs, errs...)
}

// errorAt records msg at the value (or, with onKey, the key) the pointer
// tokens lead to.
func (b *builder) errorAt(onKey bool, msg string, tokens ...string) {
	loc := locate(b.root, tokens)
	n := loc.val
	if onKey {
		n = loc.keyNode()
	}
	b.addErr(at(b.file, n, loc.path, msg))
}

// valueLine is the line of the value the pointer tokens lead to (for a
// sequence item, which has no key); 0 when unknown.
func (b *builder) valueLine(tokens ...string) int {
	if n := locate(b.root, tokens).val; n != nil {
		return n.Line
	}
	return 0
}

func (b *builder) line(tokens ...string) int {
	if n := locate(b.root, tokens).keyNode(); n != nil {
		return n.Line
	}
	return 0
}

func (b *builder) build(m map[string]any) {
	p := b.p
	if v, ok := m["version"].(int64); ok {
		p.Version = int(v)
	}
	if org, ok := m["organization"].(map[string]any); ok {
		p.Organization = &Organization{
			Controller:     party(org["controller"]),
			DPO:            party(org["dpo"]),
			Representative: party(org["representative"]),
		}
	}

	// Categories first: they extend the taxonomy the other sections use.
	cats, _ := m["categories"].(map[string]any)
	for _, key := range slices.Sorted(maps.Keys(cats)) {
		c, _ := cats[key].(map[string]any)
		p.Categories[key] = rules.CategoryExtension{
			Description: str(c["description"]),
			Names:       strs(c["names"]),
			Weak:        strs(c["weak"]),
			Veto:        strs(c["veto"]),
			Formats:     strs(c["formats"]),
			Types:       strs(c["types"]),
			Sensitive:   boolPtr(c["sensitive"]),
			Special:     boolPtr(c["special"]),
		}
	}
	if len(p.Categories) > 0 {
		tax, err := p.Taxonomy.Extend(p.Categories)
		if err != nil {
			b.extendError(err)
			return
		}
		p.Taxonomy = tax
	}
	// Fides manifests next: their data_category entries extend the
	// taxonomy too.
	fides := b.readFides(m)

	purposes, _ := m["purposes"].(map[string]any)
	for _, name := range slices.Sorted(maps.Keys(purposes)) {
		pm, _ := purposes[name].(map[string]any)
		p.Purposes[name] = &Purpose{
			Name:                 name,
			Description:          str(pm["description"]),
			LegalBasis:           str(pm["legal_basis"]),
			SpecialCategoryBasis: str(pm["special_category_basis"]),
			DataUse:              str(pm["data_use"]),
			Retention:            str(pm["retention"]),
			Subjects:             strs(pm["subjects"]),
			Categories:           b.categories(pm["categories"], "purposes", name, "categories"),
			Line:                 b.line("purposes", name),
		}
	}
	if fides != nil {
		fides.purposes()
	}

	tps, _ := m["third_parties"].(map[string]any)
	for _, key := range slices.Sorted(maps.Keys(tps)) {
		tm, _ := tps[key].(map[string]any)
		tp := &ThirdParty{
			Name:       str(tm["name"]),
			Key:        key,
			Role:       str(tm["role"]),
			DPA:        tm["dpa"] == true,
			Purposes:   strs(tm["purposes"]),
			Categories: b.categories(tm["categories"], "third_parties", key, "categories"),
			Packages:   strs(tm["packages"]),
			Hosts:      strs(tm["hosts"]),
			Line:       b.line("third_parties", key),
		}
		if tp.Name == "" {
			tp.Name = key
		}
		if tr, ok := tm["transfer"].(map[string]any); ok {
			tp.Transfer = &Transfer{Country: str(tr["country"]), Mechanism: str(tr["mechanism"])}
		}
		for i, pur := range tp.Purposes {
			if _, ok := p.Purposes[pur]; !ok {
				b.errorAt(false, fmt.Sprintf("unknown purpose %q (%s)", pur, p.definedPurposes()),
					"third_parties", key, "purposes", strconv.Itoa(i))
			}
		}
		p.ThirdParties[key] = tp
	}

	p.InternalHosts = strs(m["internal_hosts"])
	if enc, ok := m["encryption"].(map[string]any); ok {
		if req, ok := enc["required"]; ok {
			p.Encryption.Required = []string{}
			for i, r := range strs(req) {
				if r == "sensitive" || r == "all" {
					p.Encryption.Required = append(p.Encryption.Required, r)
					continue
				}
				key, ok := p.Taxonomy.Canonical(r)
				if !ok {
					b.errorAt(false, fmt.Sprintf("%q is neither sensitive, all nor a known category", r),
						"encryption", "required", strconv.Itoa(i))
					continue
				}
				p.Encryption.Required = append(p.Encryption.Required, key)
			}
		}
		p.Encryption.Functions = strs(enc["functions"])
		p.Encryption.Types = strs(enc["types"])
	}

	if sinks, ok := m["sinks"].(map[string]any); ok {
		p.Sinks.Storage = strs(sinks["storage"])
		p.Sinks.Log = strs(sinks["log"])
		tp, _ := sinks["third_party"].(map[string]any)
		for _, name := range slices.Sorted(maps.Keys(tp)) {
			p.Sinks.ThirdParty[name] = strs(tp[name])
		}
	}
	p.Schemas = strs(m["schemas"])
	p.Exclude = strs(m["exclude"])
	for i := range p.Schemas {
		p.SchemaLines = append(p.SchemaLines, b.valueLine("schemas", strconv.Itoa(i)))
	}
	for _, key := range []string{"schemas", "exclude"} {
		for i, g := range strs(m[key]) {
			if why := GlobEscapes(g); why != "" {
				b.errorAt(false, why+"; a glob is relative to the policy file's directory and stays inside it", key, strconv.Itoa(i))
			} else if why := GlobSyntax(g); why != "" {
				b.errorAt(false, fmt.Sprintf("glob %q: %s", g, why), key, strconv.Itoa(i))
			}
		}
	}

	if lm, ok := m["limits"].(map[string]any); ok {
		if v, ok := lm["max_schema_bytes"].(int64); ok {
			p.Limits.MaxSchemaBytes = v
		}
		if v, ok := lm["max_depth"].(int64); ok {
			p.Limits.MaxDepth = int(v)
		}
		if v, ok := lm["max_alias_expansion"].(int64); ok {
			p.Limits.MaxAliasExpansion = int(v)
		}
		if v, ok := lm["max_ref_hops"].(int64); ok {
			p.Limits.MaxRefHops = int(v)
		}
	}

	denies, _ := m["deny"].([]any)
	for i, dv := range denies {
		dm, _ := dv.(map[string]any)
		idx := strconv.Itoa(i)
		r := &DenyRule{Name: str(dm["name"]), Line: b.valueLine("deny", idx)}
		if mv, ok := dm["data_categories"].(map[string]any); ok {
			r.Categories = &DenyMatch{Matches: str(mv["matches"]),
				Values: b.categories(mv["values"], "deny", idx, "data_categories", "values")}
		}
		if mv, ok := dm["data_uses"].(map[string]any); ok {
			r.Uses = &DenyMatch{Matches: str(mv["matches"]), Values: strs(mv["values"])}
		}
		if mv, ok := dm["data_subjects"].(map[string]any); ok {
			r.Subjects = &DenyMatch{Matches: str(mv["matches"]), Values: strs(mv["values"])}
		}
		if r.Categories == nil && r.Uses == nil && r.Subjects == nil {
			b.errorAt(false, fmt.Sprintf("deny rule %q names none of data_categories, data_uses and data_subjects, so it would forbid every purpose; name at least one", r.Name),
				"deny", idx)
		}
		p.Deny = append(p.Deny, r)
	}
	if fides != nil {
		fides.deny()
		fides.datasets()
		fides.organizations()
	}

	rl, _ := m["rules"].(map[string]any)
	known := knownRuleIDs()
	for _, id := range slices.Sorted(maps.Keys(rl)) {
		if !slices.Contains(known, id) {
			b.errorAt(true, "unknown rule (known: "+strings.Join(known, ", ")+")", "rules", id)
			continue
		}
		p.Rules[id] = str(rl[id])
	}
}

// GlobEscapes says why the glob g (of schemas: or exclude:) could name
// files outside the policy file's directory: it is absolute, or has a
// ".." segment. It returns "" for a glob that stays inside.
func GlobEscapes(g string) string {
	slashed := filepath.ToSlash(g)
	if path.IsAbs(slashed) || filepath.IsAbs(g) || filepath.VolumeName(g) != "" {
		return "an absolute path"
	}
	for _, seg := range strings.Split(slashed, "/") {
		if seg == ".." {
			return "a \"..\" segment leads out of the policy file's directory"
		}
	}
	return ""
}

// GlobSyntax returns why g is not a valid glob (a segment path.Match
// rejects, such as an unclosed "["), or "" when it is one.
func GlobSyntax(g string) string {
	for _, seg := range strings.Split(filepath.ToSlash(g), "/") {
		if _, err := path.Match(seg, ""); err != nil {
			return fmt.Sprintf("segment %q: %v", seg, err)
		}
	}
	return ""
}

// extendError reports a failure to extend the taxonomy at the category
// that causes it: the first (in key order) that fails on its own, or the
// categories section when none does.
func (b *builder) extendError(err error) {
	for _, key := range slices.Sorted(maps.Keys(b.p.Categories)) {
		_, kerr := b.p.Taxonomy.Extend(map[string]rules.CategoryExtension{key: b.p.Categories[key]})
		if kerr != nil {
			b.errorAt(true, strings.TrimPrefix(kerr.Error(), "extend taxonomy: "), "categories", key)
			return
		}
	}
	b.errorAt(true, strings.TrimPrefix(err.Error(), "extend taxonomy: "), "categories")
}

// categories canonicalises a list of category keys, reporting unknown ones
// at tokens[i].
func (b *builder) categories(v any, tokens ...string) []string {
	in := strs(v)
	out := make([]string, 0, len(in))
	for i, c := range in {
		key, ok := b.p.Taxonomy.Canonical(c)
		if !ok {
			hint := b.catHint
			if hint == "" {
				hint = "add it under categories: to define it"
			}
			b.errorAt(false, fmt.Sprintf("unknown category %q (not in the taxonomy; %s)", c, hint),
				append(slices.Clip(tokens), strconv.Itoa(i))...)
			continue
		}
		if !slices.Contains(out, key) {
			out = append(out, key)
		}
	}
	return out
}

func (p *Policy) definedPurposes() string {
	names := p.PurposeNames()
	if len(names) == 0 {
		return "no purposes are defined"
	}
	return "defined: " + strings.Join(names, ", ")
}

func party(v any) *Party {
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	return &Party{Name: str(m["name"]), Email: str(m["email"]), Address: str(m["address"]), Phone: str(m["phone"])}
}

func str(v any) string {
	switch x := v.(type) {
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'g', -1, 64)
	case bool:
		return strconv.FormatBool(x)
	}
	return ""
}

func strs(v any) []string {
	list, _ := v.([]any)
	if list == nil {
		return nil
	}
	out := make([]string, 0, len(list))
	for _, x := range list {
		out = append(out, str(x))
	}
	return out
}

func boolPtr(v any) *bool {
	b, ok := v.(bool)
	if !ok {
		return nil
	}
	return &b
}

// PurposeNames returns the names of the declared purposes, sorted.
func (p *Policy) PurposeNames() []string {
	return slices.Sorted(maps.Keys(p.Purposes))
}

// RuleLevel is the level the policy gives ruleID: its rules: entry, else
// the rule's default level in the rule catalog (rules/rules.yaml), else
// warning.
func (p *Policy) RuleLevel(ruleID string) finding.Level {
	def := finding.LevelWarning
	if r, ok := rules.Lookup(ruleID); ok {
		def = r.Level
	}
	return p.Level(ruleID, def)
}

// Level returns the level of rule ruleID: the policy's `rules:` override
// when there is one ("off" is finding.LevelNone), def otherwise.
func (p *Policy) Level(ruleID string, def finding.Level) finding.Level {
	if s, ok := p.Rules[ruleID]; ok {
		if l, ok := finding.ParseLevel(s); ok {
			return l
		}
	}
	return def
}

// canonical normalises a category key with the policy's taxonomy; unknown
// keys are returned as given.
func (p *Policy) canonical(category string) string {
	if p.Taxonomy != nil {
		if key, ok := p.Taxonomy.Canonical(category); ok {
			return key
		}
	}
	return category
}

// Allows reports whether one of the named purposes allows category (SPEC
// §5, PL003): some category of one of the purposes is category or an
// ancestor of it. When the category was inferred from a name rather than
// declared, it is also allowed when it is an ancestor of an allowed
// category (the coarseness is the classifier's). Purposes the policy does
// not define allow nothing.
func (p *Policy) Allows(purposes []string, category string, inferred bool) bool {
	category = p.canonical(category)
	for _, name := range purposes {
		pur, ok := p.Purposes[name]
		if !ok {
			continue
		}
		for _, allowed := range pur.Categories {
			if rules.Covers(allowed, category) || (inferred && rules.Covers(category, allowed)) {
				return true
			}
		}
	}
	return false
}

// specialLegalBases are the Art. 6 legal bases that also satisfy an Art.
// 9(2) condition on their own (SPEC §5, PL004).
var specialLegalBases = []string{"explicit_consent", "legal_obligation", "vital_interests", "public_task"}

// HasSpecialBasis reports whether purpose may process special-category
// data: it sets special_category_basis, or its legal_basis is one of
// explicit_consent, legal_obligation, vital_interests or public_task. An
// undefined purpose has no basis.
func (p *Policy) HasSpecialBasis(purpose string) bool {
	pur, ok := p.Purposes[purpose]
	if !ok {
		return false
	}
	return pur.SpecialCategoryBasis != "" || slices.Contains(specialLegalBases, pur.LegalBasis)
}

// EncryptionRequired reports whether personal data of category must be
// encrypted at rest under encryption.required: "all" requires it for all
// personal data, "sensitive" for categories the taxonomy marks sensitive
// (the caller passes that flag), and a category key for that category and
// its descendants.
func (p *Policy) EncryptionRequired(category string, sensitive bool) bool {
	category = p.canonical(category)
	for _, r := range p.Encryption.Required {
		switch r {
		case "all":
			if rules.IsPersonal(category) {
				return true
			}
		case "sensitive":
			if sensitive {
				return true
			}
		default:
			if rules.Covers(r, category) {
				return true
			}
		}
	}
	return false
}
