package main_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/privlint/privlint/internal/testkit"
)

// fidesDir is a module under testdata/fides.
func fidesDir(t *testing.T, name string) string {
	t.Helper()
	d, err := filepath.Abs(filepath.Join("..", "..", "testdata", "fides", name))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// jsonFindings runs privlint check --format json in dir and returns the
// findings with their messages left out (messages say where to fix a
// purpose, which the round trip moves), and the errors.
func jsonFindings(t *testing.T, dir string) ([]string, []any) {
	t.Helper()
	r := runIn(t, dir, nil, privlint, "check", "--format", "json", "./...")
	var doc struct {
		Findings []map[string]any `json:"findings"`
		Errors   []any            `json:"errors"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &doc); err != nil {
		t.Fatalf("check --format json: %v\nstdout %s\nstderr %s", err, r.stdout, r.stderr)
	}
	var out []string
	for _, f := range doc.Findings {
		delete(f, "message")
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out, doc.Errors
}

// roundTrip checks SPEC §8's promise on the module copied into dir: the
// Fides export, read back as fides.manifests in place of the purposes,
// gives the same findings. replace turns the policy into one whose purposes
// come from export.yml.
func roundTrip(t *testing.T, dir string, replace func(policy string) string) string {
	t.Helper()
	before, errs := jsonFindings(t, dir)
	if len(before) == 0 || len(errs) != 0 {
		t.Fatalf("before: %d findings, errors %v", len(before), errs)
	}
	exp := runIn(t, dir, nil, privlint, "inventory", "--format", "fides", "--output", "export.yml")
	if exp.code != 0 {
		t.Fatalf("inventory --format fides: exit %d\n%s", exp.code, exp.stderr)
	}
	data, err := os.ReadFile(filepath.Join(dir, "export.yml"))
	if err != nil {
		t.Fatal(err)
	}
	if err := testkit.ValidateFides(t, data); err != nil {
		t.Fatalf("the export does not validate against the fideslang schema: %v\n%s", err, data)
	}
	if again := runIn(t, dir, nil, privlint, "inventory", "--format", "fides"); again.stdout != string(data) {
		t.Error("two exports differ")
	}
	pol, err := os.ReadFile(filepath.Join(dir, "privlint.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	edited := replace(string(pol))
	if edited == string(pol) || !strings.Contains(edited, "export.yml") {
		t.Fatalf("the policy edit did not apply:\n%s", edited)
	}
	if err := os.WriteFile(filepath.Join(dir, "privlint.yaml"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	after, errs := jsonFindings(t, dir)
	if len(errs) != 0 {
		t.Fatalf("after: errors %v", errs)
	}
	if !slices.Equal(before, after) {
		t.Errorf("the round trip changes the findings:\nbefore\n%s\nafter\n%s", strings.Join(before, "\n"), strings.Join(after, "\n"))
	}
	return string(data)
}

// purposesBlock matches the purposes: section of a policy.
var purposesBlock = regexp.MustCompile(`(?m)^purposes:\n(?:[ #].*\n|\n)*`)

// TestFidesRoundTripExample runs the round trip on the README's example,
// with a deny rule added so that PL006 takes part.
func TestFidesRoundTripExample(t *testing.T) {
	dir := copyExample(t)
	path := filepath.Join(dir, "privlint.yaml")
	pol, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	deny := "deny:\n  - name: no-health-data-for-personalisation\n    data_categories: {matches: ANY, values: [user.health_and_medical]}\n    data_uses: {matches: ANY, values: [personalize]}\n"
	if err := os.WriteFile(path, append(pol, deny...), 0o644); err != nil {
		t.Fatal(err)
	}
	before, _ := jsonFindings(t, dir)
	if !slices.ContainsFunc(before, func(s string) bool { return strings.Contains(s, `"rule":"PL006"`) }) {
		t.Fatal("the added deny rule reports nothing; the round trip would not cover PL006")
	}
	roundTrip(t, dir, func(p string) string {
		return purposesBlock.ReplaceAllString(p, "fides:\n  manifests: [export.yml]\n")
	})
}

// TestFidesExample is the README's "Using privlint with Fides" example:
// its check and export outputs are golden, shown in the README, and the
// export round-trips.
func TestFidesExample(t *testing.T) {
	src := fidesDir(t, "example")
	check := runIn(t, src, nil, privlint, "check", "./...")
	if check.code != 1 {
		t.Fatalf("check: exit %d, want 1\n%s", check.code, check.stderr)
	}
	golden(t, "fides-example.txt", check.stdout)
	if !strings.Contains(check.stdout, "PL006") {
		t.Error("the example shows no PL006 finding")
	}
	exp := runIn(t, src, nil, privlint, "inventory", "--format", "fides")
	if exp.code != 0 {
		t.Fatalf("inventory --format fides: exit %d\n%s", exp.code, exp.stderr)
	}
	golden(t, "fides-example.yml", exp.stdout)
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"fides-example.txt": check.stdout, "fides-example.yml": exp.stdout} {
		if !strings.Contains(string(readme), out) {
			t.Errorf("README.md does not show the Fides example's current output; paste cmd/privlint/testdata/%s into its \"Using privlint with Fides\" section", name)
		}
	}
	for _, f := range []string{"privlint.yaml", ".fides/system.yml", ".fides/policy.yml"} {
		data, err := os.ReadFile(filepath.Join(src, f))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(readme), string(data)) {
			t.Errorf("README.md does not show testdata/fides/example/%s as it is", f)
		}
	}

	dir := t.TempDir()
	testkit.CopyTree(t, src, dir)
	roundTrip(t, dir, func(p string) string {
		return strings.Replace(p, "manifests: [.fides/]", "manifests: [export.yml, .fides/policy.yml]", 1)
	})
}

// TestFidesDemo checks Fides' own demo manifests end to end: their
// declarations are the purposes of privlint inventory, and their policy
// rule reports the code that breaks it (PL006).
func TestFidesDemo(t *testing.T) {
	dir := fidesDir(t, "demo")
	inv := runIn(t, dir, nil, privlint, "inventory")
	if inv.code != 0 {
		t.Fatalf("inventory: exit %d\n%s", inv.code, inv.stderr)
	}
	for _, want := range []string{
		// The purpose's trailing underscore is escaped: Markdown could
		// read it as emphasis.
		"### analyze_customer_behaviour_for_improvements\\_\n\nAnalyze customer behaviour for improvements.",
		"### collect_data_for_marketing\n\nCollect data for marketing",
		"| Declared in | manifests/demo_system.yml:30 (Fides system demo_marketing_system) |",
		"| Data use | marketing.advertising |",
		"| `user.contact.email` | **no** | `Visitor.Email` (visitors/visitors.go:12) |",
	} {
		if !strings.Contains(inv.stdout, want) {
			t.Errorf("inventory lacks %q:\n%s", want, inv.stdout)
		}
	}
	js := runIn(t, dir, nil, privlint, "inventory", "--format", "json")
	schemaData, err := os.ReadFile(filepath.Join("..", "..", "internal", "inventory", "inventory.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("inventory.schema.json", bytes.NewReader(schemaData)); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("inventory.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal([]byte(js.stdout), &doc); err != nil {
		t.Fatalf("inventory --format json: %v\n%s", err, js.stderr)
	}
	if err := sch.Validate(doc); err != nil {
		t.Errorf("the demo's inventory does not validate: %v", err)
	}
	if !strings.Contains(js.stdout, `"fides": {
        "system": "demo_analytics_system",
        "declaredIn": "manifests/demo_system.yml:11"
      }`) {
		t.Errorf("the JSON inventory does not say where the purposes are declared:\n%s", js.stdout)
	}
	check := runIn(t, dir, nil, privlint, "check", "./...")
	want := `visitors/visitors.go:12:2: PL006 user.contact.email in Visitor.Email is processed for purpose "collect_data_for_marketing", which rule "Reject Direct Marketing" of Fides policy "demo_privacy_policy" (manifests/demo_policy.yml:6) forbids`
	if check.code != 1 || !strings.Contains(check.stdout, want) {
		t.Errorf("check: exit %d, output lacks\n%s\n%s%s", check.code, want, check.stdout, check.stderr)
	}
}

// TestFidesExportFails checks that a purpose Fides cannot hold fails the
// export with exit 2 and a message naming it, and that --output is not
// written.
func TestFidesExportFails(t *testing.T) {
	dir := copyExample(t)
	path := filepath.Join(dir, "privlint.yaml")
	pol, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(pol), "    data_use: essential.service.payment_processing\n", "", 1)
	if edited == string(pol) {
		t.Fatal("the edit did not apply; update this test with the example policy")
	}
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, nil, privlint, "inventory", "--format", "fides", "--output", "export.yml")
	if r.code != 2 || !regexp.MustCompile(`purpose "billing" \(privlint\.yaml:\d+\) has no data_use`).MatchString(r.stderr) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "export.yml")); err == nil {
		t.Error("a failed export wrote its output file")
	}
}

// TestBadManifest checks that a broken manifest is exit code 2 with the
// manifest's file and line.
func TestBadManifest(t *testing.T) {
	dir := t.TempDir()
	testkit.CopyTree(t, fidesDir(t, "example"), dir)
	path := filepath.Join(dir, ".fides", "system.yml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(data), "data_subjects: [customer]", "data_subject: [customer]", 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, nil, privlint, "check", "./...")
	if r.code != 2 || !regexp.MustCompile(`system\.yml:10: system\[0\]\.privacy_declarations\[0\]\.data_subject: unknown key; did you mean data_subjects\?`).MatchString(r.stderr) {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

// TestVetCacheFollowsManifest proves that go vet does not replay cached
// findings after a Fides manifest changes: the manifests are part of the
// policy digest in the tool identity.
func TestVetCacheFollowsManifest(t *testing.T) {
	dir := t.TempDir()
	testkit.CopyTree(t, fidesDir(t, "example"), dir)
	const marker = "PL006 user.health_and_medical in Subscriber.Conditions"
	first := runIn(t, dir, nil, "go", "vet", "-vettool="+privlint, "./newsletter")
	if !strings.Contains(first.stderr, marker) {
		t.Fatalf("first go vet does not report %q:\n%s", marker, first.stderr)
	}
	path := filepath.Join(dir, ".fides", "policy.yml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data), "values: [marketing]", "values: [marketing.advertising]", 1)
	if edited == string(data) {
		t.Fatal("the edit did not apply; update this test with the example manifest")
	}
	if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	after := runIn(t, dir, nil, "go", "vet", "-vettool="+privlint, "./newsletter")
	if strings.Contains(after.stderr, marker) {
		t.Errorf("after narrowing the rule to advertising, go vet still reports it (stale cache):\n%s", after.stderr)
	}
}
