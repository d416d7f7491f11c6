package classify

import (
	"reflect"
	"strconv"
)

// tagPairs is a struct tag split once into its key:"value" pairs, for the
// many keys describe asks about: reflect.StructTag.Lookup reads the tag
// from its start for each.
type tagPairs struct {
	tag   reflect.StructTag
	n     int
	pairs [8]struct{ key, qvalue string }
	// more is set when the tag has more pairs than pairs holds: lookup
	// then asks the tag itself.
	more bool
}

// split splits tag into t as reflect.StructTag.Lookup reads it: the
// pairs up to the first syntax error.
func (t *tagPairs) split(tag reflect.StructTag) {
	*t = tagPairs{tag: tag}
	s := string(tag)
	for s != "" {
		i := 0
		for i < len(s) && s[i] == ' ' {
			i++
		}
		s = s[i:]
		if s == "" {
			break
		}
		i = 0
		for i < len(s) && s[i] > ' ' && s[i] != ':' && s[i] != '"' && s[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(s) || s[i] != ':' || s[i+1] != '"' {
			break
		}
		key := s[:i]
		s = s[i+1:]
		i = 1
		for i < len(s) && s[i] != '"' {
			if s[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(s) {
			break
		}
		if t.n == len(t.pairs) {
			t.more = true
			break
		}
		t.pairs[t.n].key, t.pairs[t.n].qvalue = key, s[:i+1]
		t.n++
		s = s[i+1:]
	}
}

// lookup is reflect.StructTag.Lookup(key): the value of the first pair
// with key, unquoted; false when there is none or it does not unquote.
func (t *tagPairs) lookup(key string) (string, bool) {
	if t.more {
		return t.tag.Lookup(key)
	}
	for _, p := range t.pairs[:t.n] {
		if p.key == key {
			v, err := strconv.Unquote(p.qvalue)
			if err != nil {
				return "", false
			}
			return v, true
		}
	}
	return "", false
}
