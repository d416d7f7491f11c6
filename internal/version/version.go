// Package version says which privlint this is.
package version

import (
	"runtime/debug"
	"strings"
)

// Base is the version of this source tree, used when the binary was not
// built from a tagged module (go install …@vX.Y.Z sets the real one).
const Base = "0.1.0"

// String returns the module version privlint was built as, or Base.
func String() string {
	if bi, ok := debug.ReadBuildInfo(); ok {
		v := bi.Main.Version
		if v != "" && v != "(devel)" && bi.Main.Path == "github.com/privlint/privlint" {
			return strings.TrimPrefix(v, "v")
		}
	}
	return Base
}
