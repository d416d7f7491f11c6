package cli

import (
	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/finding"
)

// storageRule is PL101's id: personal data stored unencrypted.
const storageRule = "PL101"

// dropProtectedByWriters returns the findings without the PL101 findings
// whose every path starts at a struct field that the whole program writes
// only with what a sanitizer made (flow.FieldWrite): a password the
// service layer hashes with bcrypt before the repository layer stores the
// struct holds the hash wherever it is read, however many packages lie
// between. A field written anywhere else with another value, or given by
// address to a decoder or a binder, keeps its findings. It is called only
// when the whole main module was analyzed (as PL201's whole-program half
// is): a writer outside the packages analyzed could store anything.
func dropProtectedByWriters(res *analysisResult) []*finding.Finding {
	writes := map[string]flow.FieldWrite{}
	for _, r := range res.results[flow.Name] {
		fr, ok := r.(*flow.Result)
		if !ok {
			continue
		}
		for id, w := range fr.FieldWrites {
			old := writes[id]
			writes[id] = flow.FieldWrite{Protected: old.Protected || w.Protected, Plain: old.Plain || w.Plain}
		}
	}
	protected := func(f *finding.Finding) bool {
		if f.RuleID != storageRule || len(f.SourceIDs) == 0 {
			return false
		}
		for _, id := range f.SourceIDs {
			if w := writes[id]; id == "" || !w.Protected || w.Plain {
				return false
			}
		}
		return true
	}
	out := res.findings[:0:0]
	for _, f := range res.findings {
		if !protected(f) {
			out = append(out, f)
		}
	}
	return out
}
