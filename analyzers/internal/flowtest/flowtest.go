// Package flowtest holds the fixture tree the flow rules' tests share
// (testdata/src): stand-ins for third-party libraries under their real
// import paths, the policy (src/privlint.yaml) and one package of cases
// per rule.
package flowtest

import (
	"path/filepath"
	"runtime"
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
