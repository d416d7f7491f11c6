package report

import "github.com/privlint/privlint/finding"

// Fingerprinter returns a function giving a finding's fingerprint and the
// repository-relative, slash-separated path it was computed from, exactly
// as the JSON "fingerprint" and the SARIF partialFingerprints of every
// format built with the same Options. Baselines use it so that a baseline
// written by one run matches the reports of the next.
func Fingerprinter(o Options) func(*finding.Finding) (fingerprint, relPath string) {
	p := newPaths(o)
	return func(f *finding.Finding) (string, string) {
		rel := p.fingerprintPath(f.Pos.File)
		return f.Fingerprint(rel), rel
	}
}
