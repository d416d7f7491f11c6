package judge

import (
	"strings"
	"testing"

	"github.com/privlint/privlint/rules/policy"
)

// TestKnownListSortsOnce checks that PL002's list of the policy's
// purposes is built once for a policy, not at every finding, and that it
// still follows a change of the policy's purposes.
func TestKnownListSortsOnce(t *testing.T) {
	pol, err := policy.Parse("privlint.yaml", []byte("version: 1\npurposes:\n  support:\n    legal_basis: contract\n    categories: [user.contact]\n  billing:\n    legal_basis: contract\n    categories: [user.financial]\n"))
	if err != nil {
		t.Fatal(err)
	}
	decl := Declaration{Category: "user.contact.email", DetectedBy: "annotation", Purposes: []string{"marketing"}, Symbol: "User.Email"}
	first := Purposes(pol, decl)
	if len(first) != 1 || first[0].RuleID != "PL002" || !strings.Contains(first[0].Message, "one of: billing, support") {
		t.Fatalf("findings %v, want one PL002 naming billing, support", first)
	}
	if n := testing.AllocsPerRun(100, func() { knownList(pol) }); n != 0 {
		t.Errorf("knownList allocates %v times a call once built, want 0: it sorts the purposes again", n)
	}
	// A purpose added or renamed after the first finding is named.
	pol.Purposes["analytics"] = &policy.Purpose{Name: "analytics"}
	if got := knownList(pol); got != "one of: analytics, billing, support" {
		t.Errorf("after adding a purpose: %q", got)
	}
	delete(pol.Purposes, "billing")
	pol.Purposes["payroll"] = &policy.Purpose{Name: "payroll"}
	if got := knownList(pol); got != "one of: analytics, payroll, support" {
		t.Errorf("after renaming a purpose: %q", got)
	}
	clear(pol.Purposes)
	if got := knownList(pol); got != "a defined purpose (the policy defines none)" {
		t.Errorf("with no purposes: %q", got)
	}
	// Another policy gets its own list.
	other, err := policy.Parse("privlint.yaml", []byte("version: 1\npurposes:\n  support:\n    legal_basis: contract\n    categories: [user.contact]\n"))
	if err != nil {
		t.Fatal(err)
	}
	if got := knownList(other); got != "one of: support" {
		t.Errorf("another policy: %q", got)
	}
}
