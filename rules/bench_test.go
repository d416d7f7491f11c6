package rules

import "testing"

// BenchmarkParseTaxonomy measures parsing and validating the embedded
// taxonomy (DefaultTaxonomy does it once per process).
func BenchmarkParseTaxonomy(b *testing.B) {
	b.ReportAllocs()
	b.SetBytes(int64(len(taxonomyYAML)))
	for b.Loop() {
		if _, err := ParseTaxonomy(taxonomyYAML); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseSinks measures parsing the embedded sink catalog and
// indexing its lists.
func BenchmarkParseSinks(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		s, err := ParseSinks(sinksYAML)
		if err != nil {
			b.Fatal(err)
		}
		for _, g := range s.groups() {
			NewFuncSet(g.funcs)
		}
	}
}
