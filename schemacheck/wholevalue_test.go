package schemacheck_test

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/privlint/privlint/schemacheck"
)

// TestWholeValueHolders: an object-valued property whose members hold
// parts of the one value its name names (a phone number given as country
// code and subscriber number) is reported itself as well; one whose
// members are parts of their own categories (an address's city and
// street) is not, and neither is a thing's.
func TestWholeValueHolders(t *testing.T) {
	doc := `openapi: 3.0.3
info: {title: whole values, version: "1"}
paths: {}
components:
  schemas:
    TelephoneNumber:
      type: object
      properties:
        prefix: {type: string, description: Country calling code.}
        subscriber: {type: string}
    PostalAddress:
      type: object
      properties:
        city: {type: string}
        street: {type: string}
    Recipient3DS:
      type: object
      properties:
        mobilePhone: {$ref: '#/components/schemas/TelephoneNumber'}
        faxes:
          type: array
          items: {$ref: '#/components/schemas/TelephoneNumber'}
        otherPhones:
          type: array
          items: {$ref: '#/components/schemas/TelephoneNumber'}
        homeAddress: {$ref: '#/components/schemas/PostalAddress'}
    Supplier:
      type: object
      properties:
        phone: {$ref: '#/components/schemas/TelephoneNumber'}
`
	path := filepath.Join(t.TempDir(), "whole.yaml")
	if err := os.WriteFile(path, []byte(doc), 0o600); err != nil {
		t.Fatal(err)
	}
	props, errs := schemacheck.Properties([]string{path}, schemacheck.Options{})
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	got := map[string]string{}
	for _, p := range props {
		got[p.Pointer] = p.Category
	}
	const s = "/components/schemas/"
	for ptr, want := range map[string]string{
		s + "TelephoneNumber/properties/subscriber": "user.contact.phone_number",
		s + "Recipient3DS/properties/mobilePhone":   "user.contact.phone_number",
		s + "Recipient3DS/properties/otherPhones":   "user.contact.phone_number",
		s + "PostalAddress/properties/city":         "user.contact.address.city",
	} {
		if got[ptr] != want {
			t.Errorf("%s = %q, want %q", ptr, got[ptr], want)
		}
	}
	for _, ptr := range []string{
		s + "TelephoneNumber/properties/prefix",
		s + "Recipient3DS/properties/faxes",       // no fax number in parts
		s + "Recipient3DS/properties/homeAddress", // its parts carry the findings
		s + "Supplier/properties/phone",           // a thing's
	} {
		if c, ok := got[ptr]; ok {
			t.Errorf("%s reported as %q, want nothing", ptr, c)
		}
	}
	keys := make([]string, 0, len(got))
	for k := range got {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	t.Logf("reported: %v", keys)
}
