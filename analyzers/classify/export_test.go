package classify

// SetWalkAll makes the analyzer look for struct declarations with a walk
// over every node of every file, as it did before localDecls, until the
// returned function restores it.
func SetWalkAll(on bool) (restore func()) {
	old := walkAll
	walkAll = on
	return func() { walkAll = old }
}
