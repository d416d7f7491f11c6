package rules

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/privlint/privlint/finding"
)

// specRules is SPEC §5's table: id → name and default level.
var specRules = map[string]struct {
	name  string
	level finding.Level
}{
	"PL001": {"purpose-missing", finding.LevelWarning},
	"PL002": {"purpose-unknown", finding.LevelError},
	"PL003": {"collection-exceeds-purpose", finding.LevelError},
	"PL004": {"special-category-basis", finding.LevelError},
	"PL006": {"policy-deny-rule", finding.LevelError},
	"PL101": {"storage-unencrypted", finding.LevelError},
	"PL102": {"log-leak", finding.LevelWarning},
	"PL103": {"third-party-undeclared", finding.LevelError},
	"PL104": {"personal-data-in-url", finding.LevelWarning},
	"PL105": {"weak-protection", finding.LevelError},
	"PL201": {"collected-never-used", finding.LevelWarning},
}

// ownRules are privlint's rules beyond SPEC §5's table.
var ownRules = map[string]struct {
	name  string
	level finding.Level
}{
	"PL005": {"annotation-invalid", finding.LevelError},
}

func TestCatalogLoads(t *testing.T) {
	if err := CatalogErr(); err != nil {
		t.Fatalf("embedded catalog is invalid: %v", err)
	}
	if len(Catalog()) == 0 {
		t.Fatal("empty catalog")
	}
}

func TestCatalogHasEverySpecRule(t *testing.T) {
	all := map[string]struct {
		name  string
		level finding.Level
	}{}
	for id, r := range specRules {
		all[id] = r
	}
	for id, r := range ownRules {
		all[id] = r
	}
	for id, want := range all {
		r, ok := Lookup(id)
		if !ok {
			t.Errorf("%s missing from the catalog", id)
			continue
		}
		if r.ID != id || r.Name != want.name || r.Level != want.level {
			t.Errorf("%s = {%s %s %s}, want {%s %s %s}", id, r.ID, r.Name, r.Level, id, want.name, want.level)
		}
	}
	if got := len(Catalog()); got != len(all) {
		t.Errorf("catalog has %d rules, SPEC §5 and privlint's own rules have %d", got, len(all))
	}
}

// TestCatalogMatchesSpecTable reads the rule table of SPEC.md §5 (beside the
// project at ../shared) so that a rule added to the spec without a catalog
// entry fails here.
func TestCatalogMatchesSpecTable(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "SPEC.md")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("SPEC.md not available at %s: %v", path, err)
	}
	defer f.Close()
	row := regexp.MustCompile(`^\| (PL[0-9]{3}) \| ([a-z-]+) \|.*\| (note|warning|error) \|$`)
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		m := row.FindStringSubmatch(sc.Text())
		if m == nil {
			continue
		}
		n++
		r, ok := Lookup(m[1])
		if !ok {
			t.Errorf("SPEC rule %s missing from the catalog", m[1])
			continue
		}
		if r.Name != m[2] || string(r.Level) != m[3] {
			t.Errorf("%s: catalog {%s %s}, SPEC {%s %s}", m[1], r.Name, r.Level, m[2], m[3])
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n == 0 {
		t.Fatalf("no rule rows found in %s; has the table format changed?", path)
	}
}

func TestCatalogFields(t *testing.T) {
	var ids []string
	seen := map[string]bool{}
	for _, r := range Catalog() {
		ids = append(ids, r.ID)
		if seen[r.ID] {
			t.Errorf("duplicate id %s", r.ID)
		}
		seen[r.ID] = true
		if r.Short == "" || r.Full == "" || strings.TrimSpace(r.Help) == "" {
			t.Errorf("%s: empty short, full or help", r.ID)
		}
		if n := len([]rune(r.Full)); n > 1024 {
			t.Errorf("%s: full description has %d characters", r.ID, n)
		}
		if n := len([]rune(r.Short)); n > 1024 {
			t.Errorf("%s: short description has %d characters", r.ID, n)
		}
		sev, err := strconv.ParseFloat(r.SecuritySeverity, 64)
		if err != nil || sev <= 0 || sev > 10 {
			t.Errorf("%s: security severity %q not in (0,10]", r.ID, r.SecuritySeverity)
		}
		if sev == 9.0 || sev == 7.0 || sev == 4.0 {
			t.Errorf("%s: security severity %q sits on a GitHub band boundary", r.ID, r.SecuritySeverity)
		}
		if r.Precision != "high" && r.Precision != "medium" && r.Precision != "very-high" && r.Precision != "low" {
			t.Errorf("%s: precision %q", r.ID, r.Precision)
		}
		if len(r.CWE) == 0 || len(r.GDPR) == 0 {
			t.Errorf("%s: no CWE or GDPR mapping", r.ID)
		}
		for _, want := range []string{"//privlint:ignore " + r.ID, "```go", "GDPR", "CCPA", "Art."} {
			if !strings.Contains(r.Help, want) {
				t.Errorf("%s: help lacks %q", r.ID, want)
			}
		}
		if got, want := r.HelpURI(), "https://github.com/privlint/privlint/blob/main/docs/rules.md#"+strings.ToLower(r.ID); got != want {
			t.Errorf("%s: HelpURI = %s, want %s", r.ID, got, want)
		}
		tags := r.Tags()
		if len(tags) > 20 {
			t.Errorf("%s: %d tags, GitHub accepts 20", r.ID, len(tags))
		}
		for _, want := range []string{"privacy", "security", "external/cwe/cwe-" + strconv.Itoa(r.CWE[0]), GDPRTag(r.GDPR[0])} {
			if !slices.Contains(tags, want) {
				t.Errorf("%s: tags %v lack %q", r.ID, tags, want)
			}
		}
	}
	if !slices.IsSorted(ids) {
		t.Errorf("catalog not sorted by id: %v", ids)
	}
	if !slices.Equal(IDs(), ids) {
		t.Errorf("IDs() = %v, want %v", IDs(), ids)
	}
}

func TestCatalogSpecificMappings(t *testing.T) {
	for id, cwe := range map[string]int{"PL101": 312, "PL102": 532, "PL104": 598, "PL105": 916} {
		r, _ := Lookup(id)
		if r == nil || !slices.Contains(r.CWE, cwe) {
			t.Errorf("%s should map to CWE-%d", id, cwe)
		}
	}
	r, _ := Lookup("PL101")
	if r == nil || !slices.Contains(r.Tags(), "gdpr/art-32") || !slices.Contains(r.Tags(), "external/cwe/cwe-311") {
		t.Errorf("PL101 tags = %v", r.Tags())
	}
}

func TestGDPRTag(t *testing.T) {
	for in, want := range map[string]string{
		"Art. 32":       "gdpr/art-32",
		"Art. 5(1)(b)":  "gdpr/art-5-1-b",
		"Art. 30(1)(d)": "gdpr/art-30-1-d",
		"Art. 9":        "gdpr/art-9",
	} {
		if got := GDPRTag(in); got != want {
			t.Errorf("GDPRTag(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLookupUnknown(t *testing.T) {
	if r, ok := Lookup("PL999"); ok || r != nil {
		t.Errorf("Lookup(PL999) = %v, %v", r, ok)
	}
}

func TestCatalogIsACopy(t *testing.T) {
	a := Catalog()
	a[0] = nil
	if Catalog()[0] == nil {
		t.Error("Catalog returns the shared slice")
	}
}

func TestParseCatalogRejects(t *testing.T) {
	const good = `rules:
  - id: PL901
    name: demo-rule
    level: warning
    cwe: [359]
    gdpr: ["Art. 5(1)(c)"]
    security_severity: "5.5"
    precision: high
    short: A demo.
    full: A demo rule.
    help: Fix it. //privlint:ignore PL901 reason
`
	if rs, err := ParseCatalog([]byte(good)); err != nil || len(rs) != 1 {
		t.Fatalf("good catalog: %v, %v", rs, err)
	}
	bad := map[string]string{
		"unknown key":     strings.Replace(good, "precision: high", "precision: high\n    colour: red", 1),
		"bad id":          strings.Replace(good, "PL901", "X1", 1),
		"bad level":       strings.Replace(good, "level: warning", "level: fatal", 1),
		"level none":      strings.Replace(good, "level: warning", "level: none", 1),
		"severity zero":   strings.Replace(good, `"5.5"`, `"0"`, 1),
		"severity big":    strings.Replace(good, `"5.5"`, `"10.5"`, 1),
		"severity text":   strings.Replace(good, `"5.5"`, `"high"`, 1),
		"bad precision":   strings.Replace(good, "precision: high", "precision: exact", 1),
		"empty help":      strings.Replace(good, "help: Fix it. //privlint:ignore PL901 reason", "help: ''", 1),
		"long full":       strings.Replace(good, "full: A demo rule.", "full: "+strings.Repeat("x", 1025), 1),
		"duplicate id":    good + strings.Replace(strings.TrimPrefix(good, "rules:\n"), "demo-rule", "other-rule", 1),
		"duplicate name":  good + strings.Replace(strings.TrimPrefix(good, "rules:\n"), "PL901", "PL902", 1),
		"no cwe":          strings.Replace(good, "cwe: [359]", "cwe: []", 1),
		"bad gdpr":        strings.Replace(good, `"Art. 5(1)(c)"`, `"Article five"`, 1),
		"empty":           "rules: []\n",
		"not yaml":        "rules: [",
		"bad name":        strings.Replace(good, "demo-rule", "Demo Rule", 1),
		"empty short":     strings.Replace(good, "short: A demo.", "short: ''", 1),
		"negative cwe id": strings.Replace(good, "cwe: [359]", "cwe: [-1]", 1),
	}
	for name, data := range bad {
		if _, err := ParseCatalog([]byte(data)); err == nil {
			t.Errorf("%s: ParseCatalog accepted it", name)
		}
	}
}
