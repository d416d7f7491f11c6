package cli

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"golang.org/x/tools/go/packages"

	"github.com/privlint/privlint/analyzers/unused"
)

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

// partialModuleNote returns "" when the packages analyzed are the whole
// main module, which PL201's whole-program half needs: whether an exported
// field is written or used elsewhere can only be judged with every package
// that may write or use it. Otherwise it returns the note that says why
// PL201 is left out for exported fields. Patterns such as ./... at the
// module root or all are taken as they are; other patterns are compared
// with the module's package list (go list ./..., names only).
func partialModuleNote(res *analysisResult, patterns []string, cwd string, lo loadOptions) string {
	if res.moduleDir == "" || len(res.roots) == 0 {
		return ""
	}
	for _, p := range patterns {
		if p == "all" || p == res.module+"/..." || (p == "./..." && sameDir(cwd, res.moduleDir)) {
			return ""
		}
	}
	cfg := &packages.Config{Mode: packages.NeedName, Dir: res.moduleDir, Env: loaderEnv(lo)}
	pkgs, err := packages.Load(cfg, "./...")
	if err != nil {
		return fmt.Sprintf("PL201 is left out for exported fields: listing the packages of module %s to see whether %s covers it failed: %v", res.module, strings.Join(patterns, " "), err)
	}
	var missing []string
	for _, p := range pkgs {
		if !res.roots[p.PkgPath] {
			missing = append(missing, p.PkgPath)
		}
	}
	if len(missing) == 0 {
		return ""
	}
	slices.Sort(missing)
	return fmt.Sprintf("PL201 is left out for exported fields: %s is not the whole module %s (%d of its packages are not analyzed, e.g. %s), and whether another package writes or uses a field needs them all; run privlint check ./... at the module root for PL201",
		strings.Join(patterns, " "), res.module, len(missing), missing[0])
}

// sameDir reports whether a and b name the same directory.
func sameDir(a, b string) bool {
	if filepath.Clean(a) == filepath.Clean(b) {
		return true
	}
	ea, err1 := filepath.EvalSymlinks(a)
	eb, err2 := filepath.EvalSymlinks(b)
	return err1 == nil && err2 == nil && ea == eb
}
