// Package flowtest holds the fixture tree the flow rules' tests share
// (testdata/src): stand-ins for third-party libraries under their real
// import paths, the policy (src/privlint.yaml) and one package of cases
// per rule.
package flowtest

import (
	"path/filepath"
	"runtime"

	"github.com/privlint/privlint/analyzers"
	"github.com/privlint/privlint/analyzers/config"
)

// TestData returns the absolute path of the shared testdata directory, for
// analysistest.Run.
func TestData() string {
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		panic("flowtest: no caller information to locate testdata")
	}
	return filepath.Join(filepath.Dir(file), "testdata")
}

// Analyzers returns a fresh set of privlint's analyzers for a test, each
// package judged by the privlint.yaml found from its directory (as under
// go vet), with the default options.
func Analyzers() *analyzers.Set {
	return analyzers.New(config.Find("", config.Options{}))
}
