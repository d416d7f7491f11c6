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

// SetRecordStarts makes the walk look every expression up in the
// record values (off) instead of only those at marked offsets, until the
// returned function restores it.
func SetRecordStarts(off bool) (restore func()) {
	old := noRecordStarts
	noRecordStarts = off
	return func() { noRecordStarts = old }
}
