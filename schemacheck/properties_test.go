package schemacheck_test

import (
	"path/filepath"
	"testing"

	"github.com/privlint/privlint/schemacheck"
)

// TestProperties lists the personal-data properties of the example's
// schemas, whatever their findings: declared purposes, storage and
// encryption markers, parameters with where they are.
func TestProperties(t *testing.T) {
	dir := filepath.Join("..", "testdata", "example")
	files := []string{filepath.Join(dir, "api", "openapi.yaml"), filepath.Join(dir, "schemas", "customer.schema.json")}
	props, errs := schemacheck.Properties(files, schemacheck.Options{})
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	byPtr := map[string]*schemacheck.Property{}
	for i, p := range props {
		byPtr[filepath.Base(p.Pos.File)+"#"+p.Pointer] = p
		if i > 0 && props[i-1].Pos.File == p.Pos.File && props[i-1].Pos.Line > p.Pos.Line {
			t.Errorf("not sorted: %v before %v", props[i-1].Pos, p.Pos)
		}
	}
	q := byPtr["openapi.yaml#/paths/~1users/get/parameters/0"]
	if q == nil || q.In != "query" || q.Category != "user.contact.email" || q.Pos.Line != 14 {
		t.Errorf("query parameter: %+v", q)
	}
	cc := byPtr["customer.schema.json#/properties/creditCardNumber"]
	if cc == nil || !cc.Storage || cc.Encrypted || cc.Category != "user.financial.credit_card" {
		t.Errorf("creditCardNumber: %+v", cc)
	}
	al := byPtr["customer.schema.json#/properties/allergies"]
	if al == nil || !al.Special || len(al.Purposes) != 1 || al.Purposes[0] != "wellness" {
		t.Errorf("allergies: %+v", al)
	}
	street := byPtr["openapi.yaml#/components/schemas/Address/properties/street"]
	if street == nil || street.Purposes != nil {
		t.Errorf("street (no purpose): %+v", street)
	}
	// Check must be unaffected: no properties are kept.
	fs, _ := schemacheck.Check(files, schemacheck.Options{})
	if len(fs) == 0 {
		t.Error("Check found nothing")
	}
}
