package cli

import "github.com/privlint/privlint/analyzers/unused"

// unusedProgram joins the unused analyzer's results of the root packages:
// PL201's whole-program half (analyzers/unused) and the fields of the
// inventory.
func unusedProgram(res *analysisResult) *unused.Program {
	var rs []*unused.Result
	for _, r := range res.results[unused.Name] {
		if ur, ok := r.(*unused.Result); ok {
			rs = append(rs, ur)
		}
	}
	return unused.Join(rs)
}
