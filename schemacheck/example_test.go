package schemacheck

import (
	"fmt"
	"path/filepath"
	"slices"
	"testing"

	"github.com/privlint/privlint/rules/policy"
)

// TestExample checks the README demo module's schemas with its policy.
func TestExample(t *testing.T) {
	root := filepath.Join("..", "testdata", "example")
	pol, err := policy.Load(filepath.Join(root, "privlint.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	fs, errs := Check([]string{
		filepath.Join(root, "api", "openapi.yaml"),
		filepath.Join(root, "schemas", "customer.schema.json"),
	}, Options{Policy: pol})
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs)
	}
	var got []string
	for _, f := range fs {
		got = append(got, fmt.Sprintf("%s:%d:%d %s %s", filepath.Base(f.Pos.File), f.Pos.Line, f.Pos.Column, f.RuleID, f.Category))
	}
	want := []string{
		"openapi.yaml:14:17 PL104 user.contact.email",
		"openapi.yaml:76:9 PL003 user.demographic.date_of_birth",
		"openapi.yaml:91:9 PL001 user.contact.address.street",
		"openapi.yaml:92:9 PL001 user.contact.address.postal_code",
		"openapi.yaml:93:9 PL001 user.contact.address.city",
		"openapi.yaml:94:9 PL001 user.contact.address.country",
		"customer.schema.json:15:5 PL101 user.financial.credit_card",
		"customer.schema.json:16:5 PL004 user.health_and_medical",
		"customer.schema.json:16:5 PL101 user.health_and_medical",
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n%q\nwant\n%q", got, want)
	}
}
