package classifier

// trimVersion drops a trailing number or version from a type name's
// tokens (User2, UserV2: user), keeping at least one token.
func trimVersion(toks []string) []string {
	n := len(toks)
	for n > 1 && allDigits(toks[n-1]) {
		n--
		if n > 1 && toks[n-1] == "v" {
			n--
		}
	}
	return toks[:n]
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
