package policy

import (
	"os"
	"testing"
)

// FuzzParse checks that Parse never panics and that every failure carries
// at least one positioned *Error or a wrapped internal error.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"testdata/full.yaml", "testdata/spec_section2.yaml"} {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"",
		"version: 1\n",
		"version: 1\npurposes:\n  a: {legal_basis: contract, categories: [user.contact]}\n",
		"version: 1\nx: &x {a: *x}\n",
		"version: 1\nb: &b {c: 1}\npurposes:\n  p:\n    <<: [*b, *b]\n",
		"version: 1\n---\n",
		"version: 1\nrules: {PL102: off, PL9: on}\n",
		"[\n",
		"version: .nan\nexclude: [!!binary aGk=]\n",
		"? {a: b}\n: c\n",
		"version: 1\nfides: {manifests: [testdata/fuzz]}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse("privlint.yaml", data)
		if err == nil {
			if p == nil || p.Taxonomy == nil || p.Purposes == nil {
				t.Fatalf("Parse returned an incomplete policy: %+v", p)
			}
			for _, name := range p.PurposeNames() {
				p.Allows([]string{name}, "user.contact.email", true)
				p.HasSpecialBasis(name)
			}
			return
		}
		if p != nil {
			t.Fatalf("Parse returned a policy and an error: %v", err)
		}
		for _, e := range Errors(err) {
			if e.Msg == "" {
				t.Fatalf("malformed error %+v", e)
			}
			// An error names the policy, or a Fides manifest it names.
			if _, serr := os.Stat(e.File); e.File != "privlint.yaml" && serr != nil {
				t.Fatalf("error names a file that is neither the policy nor a manifest: %+v", e)
			}
		}
	})
}
