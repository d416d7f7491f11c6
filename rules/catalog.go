package rules

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"gopkg.in/yaml.v3"

	"github.com/privlint/privlint/finding"
)

//go:embed rules.yaml
var rulesYAML []byte

// HelpBaseURI is where the rule documentation lives; a rule's HelpURI is this
// followed by "#" and the lowercase rule id.
const HelpBaseURI = "https://github.com/privlint/privlint/blob/main/docs/rules.md"

// MaxDescriptionLen is the longest short or full description GitHub code
// scanning accepts (characters).
const MaxDescriptionLen = 1024

// Rule is the metadata of one privlint rule, loaded from the embedded
// rules.yaml. Rules returned by this package are shared: do not modify them.
type Rule struct {
	// ID is the rule id, e.g. "PL101".
	ID string
	// Name is the kebab-case name, e.g. "storage-unencrypted".
	Name string
	// Short is a one-sentence description.
	Short string
	// Full is the full description, at most MaxDescriptionLen characters.
	Full string
	// Help is Markdown: what the rule reports, why it matters, how to fix
	// and how to suppress it.
	Help string
	// Level is the default level.
	Level finding.Level
	// CWE are the CWE ids the rule maps to.
	CWE []int
	// GDPR are the GDPR articles the rule enforces, e.g. "Art. 32".
	GDPR []string
	// SecuritySeverity is GitHub code scanning's score, a decimal string in
	// (0, 10].
	SecuritySeverity string
	// Precision is very-high, high, medium or low.
	Precision string
}

// HelpURI returns the address of the rule's documentation.
func (r *Rule) HelpURI() string { return HelpURIFor(r.ID) }

// HelpURIFor returns the address of the documentation of the rule id, the
// Rule.HelpURI of its rules.yaml entry: the help URL of every analyzer
// that reports it.
func HelpURIFor(id string) string {
	return HelpBaseURI + "#" + strings.ToLower(id)
}

// Tags returns the rule's SARIF tags: "privacy", "security", one
// "external/cwe/cwe-N" per CWE id and one "gdpr/art-…" per GDPR article
// ("Art. 5(1)(b)" becomes "gdpr/art-5-1-b").
func (r *Rule) Tags() []string {
	tags := []string{"privacy", "security"}
	for _, c := range r.CWE {
		tags = append(tags, "external/cwe/cwe-"+strconv.Itoa(c))
	}
	for _, a := range r.GDPR {
		tags = append(tags, GDPRTag(a))
	}
	return tags
}

// GDPRTag turns a GDPR article reference such as "Art. 5(1)(b)" into the tag
// "gdpr/art-5-1-b": lowercase, every run of characters other than letters
// and digits becomes one "-".
func GDPRTag(article string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(article) {
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(c)
			continue
		}
		dash = true
	}
	return "gdpr/" + b.String()
}

var (
	catalogOnce  sync.Once
	catalogRules []*Rule
	catalogIndex map[string]*Rule
	catalogErr   error
)

func loadCatalog() {
	rs, err := ParseCatalog(rulesYAML)
	if err != nil {
		catalogErr = fmt.Errorf("embedded rules.yaml: %w", err)
		return
	}
	catalogRules = rs
	catalogIndex = make(map[string]*Rule, len(rs))
	for _, r := range rs {
		catalogIndex[r.ID] = r
	}
}

// Catalog returns every rule, sorted by id. The embedded rules.yaml is parsed
// once. Should it be invalid (a build defect that the package tests catch),
// Catalog returns nil and CatalogErr says why; it never panics.
func Catalog() []*Rule {
	catalogOnce.Do(loadCatalog)
	return slices.Clone(catalogRules)
}

// CatalogErr returns the error from parsing the embedded rules.yaml, or nil.
func CatalogErr() error {
	catalogOnce.Do(loadCatalog)
	return catalogErr
}

// Lookup returns the rule with the given id.
func Lookup(id string) (*Rule, bool) {
	catalogOnce.Do(loadCatalog)
	r, ok := catalogIndex[id]
	return r, ok
}

// IDs returns the ids of all rules, sorted.
func IDs() []string {
	rs := Catalog()
	ids := make([]string, len(rs))
	for i, r := range rs {
		ids[i] = r.ID
	}
	return ids
}

// yamlRule is one entry of rules.yaml.
type yamlRule struct {
	ID               string   `yaml:"id"`
	Name             string   `yaml:"name"`
	Level            string   `yaml:"level"`
	CWE              []int    `yaml:"cwe"`
	GDPR             []string `yaml:"gdpr"`
	SecuritySeverity string   `yaml:"security_severity"`
	Precision        string   `yaml:"precision"`
	Short            string   `yaml:"short"`
	Full             string   `yaml:"full"`
	Help             string   `yaml:"help"`
}

var (
	ruleIDPattern   = regexp.MustCompile(`^PL[0-9]{3}$`)
	ruleNamePattern = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)
	precisions      = []string{"very-high", "high", "medium", "low"}
)

// ParseCatalog parses and validates a rule catalog in the rules.yaml format
// and returns its rules sorted by id. Unknown keys, duplicate ids or names,
// missing texts, descriptions longer than MaxDescriptionLen, a level other
// than note/warning/error, a security severity outside (0, 10] or an unknown
// precision are errors.
func ParseCatalog(data []byte) ([]*Rule, error) {
	var doc struct {
		Rules []yamlRule `yaml:"rules"`
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("decoding rule catalog: %w", err)
	}
	if len(doc.Rules) == 0 {
		return nil, errors.New("rule catalog has no rules")
	}
	ids := map[string]bool{}
	names := map[string]bool{}
	out := make([]*Rule, 0, len(doc.Rules))
	for i, y := range doc.Rules {
		r, err := y.rule()
		if err != nil {
			if y.ID != "" {
				return nil, fmt.Errorf("rule %s: %w", y.ID, err)
			}
			return nil, fmt.Errorf("rule #%d: %w", i+1, err)
		}
		if ids[r.ID] {
			return nil, fmt.Errorf("rule %s: duplicate id", r.ID)
		}
		if names[r.Name] {
			return nil, fmt.Errorf("rule %s: duplicate name %q", r.ID, r.Name)
		}
		ids[r.ID], names[r.Name] = true, true
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b *Rule) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

func (y yamlRule) rule() (*Rule, error) {
	if !ruleIDPattern.MatchString(y.ID) {
		return nil, fmt.Errorf("id %q is not PL followed by three digits", y.ID)
	}
	if !ruleNamePattern.MatchString(y.Name) {
		return nil, fmt.Errorf("name %q is not a kebab-case name", y.Name)
	}
	lvl, ok := finding.ParseLevel(y.Level)
	if !ok || lvl == finding.LevelNone {
		return nil, fmt.Errorf("level %q is not note, warning or error", y.Level)
	}
	r := &Rule{
		ID:               y.ID,
		Name:             y.Name,
		Short:            strings.TrimSpace(y.Short),
		Full:             strings.TrimSpace(y.Full),
		Help:             strings.TrimSpace(y.Help) + "\n",
		Level:            lvl,
		CWE:              slices.Clone(y.CWE),
		GDPR:             slices.Clone(y.GDPR),
		SecuritySeverity: y.SecuritySeverity,
		Precision:        y.Precision,
	}
	for _, t := range []struct{ what, s string }{{"short", r.Short}, {"full", r.Full}} {
		if t.s == "" {
			return nil, fmt.Errorf("%s description is empty", t.what)
		}
		if n := len([]rune(t.s)); n > MaxDescriptionLen {
			return nil, fmt.Errorf("%s description has %d characters, more than %d", t.what, n, MaxDescriptionLen)
		}
	}
	if strings.TrimSpace(y.Help) == "" {
		return nil, errors.New("help is empty")
	}
	sev, err := strconv.ParseFloat(y.SecuritySeverity, 64)
	if err != nil || !(sev > 0 && sev <= 10) {
		return nil, fmt.Errorf("security_severity %q is not a number in (0, 10]", y.SecuritySeverity)
	}
	if !slices.Contains(precisions, y.Precision) {
		return nil, fmt.Errorf("precision %q is not one of %s", y.Precision, strings.Join(precisions, ", "))
	}
	if len(r.CWE) == 0 {
		return nil, errors.New("no CWE ids")
	}
	for _, c := range r.CWE {
		if c <= 0 {
			return nil, fmt.Errorf("CWE id %d is not positive", c)
		}
	}
	if len(r.GDPR) == 0 {
		return nil, errors.New("no GDPR articles")
	}
	for _, a := range r.GDPR {
		if !strings.HasPrefix(a, "Art. ") || GDPRTag(a) == "gdpr/art" {
			return nil, fmt.Errorf("GDPR article %q is not of the form \"Art. 32\"", a)
		}
	}
	return r, nil
}
