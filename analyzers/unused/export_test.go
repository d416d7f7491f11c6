package unused

import "go/ast"

// SetWalk makes the analyzer walk every package when always is set, and
// calls seen with every file it walks, until the returned function
// restores it.
func SetWalk(always bool, seen func(*ast.File)) (restore func()) {
	oldAlways, oldSeen := alwaysWalk, walked
	alwaysWalk, walked = always, seen
	return func() { alwaysWalk, walked = oldAlways, oldSeen }
}
