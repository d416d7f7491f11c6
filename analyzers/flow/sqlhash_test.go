package flow

import (
	"maps"
	"slices"
	"testing"
)

// TestSQLProtected checks which bound parameters a statement hands to a
// hashing or encrypting function of the database, and that literals,
// comments and other functions do not count.
func TestSQLProtected(t *testing.T) {
	cases := []struct {
		q    string
		want map[int]string // argument index → function, with "!" when weak
	}{
		{"INSERT INTO u(n, p) VALUES($1, crypt($2, gen_salt('bf')))", map[int]string{1: "crypt"}},
		{"INSERT INTO u(p) VALUES(crypt($1, gen_salt('md5')))", map[int]string{0: "crypt!"}},
		{"INSERT INTO u(a, p) VALUES(?, SHA2(?, 256))", map[int]string{1: "sha2!"}},
		{"INSERT INTO u(p) VALUES(encode(digest($1, 'sha256'), 'hex'))", map[int]string{0: "digest!"}},
		{"INSERT INTO u(p) VALUES(PASSWORD (?))", map[int]string{0: "password!"}},
		{"INSERT INTO u(s) VALUES(pgp_sym_encrypt($1, $2))", map[int]string{0: "pgp_sym_encrypt", 1: "pgp_sym_encrypt"}},
		{"INSERT INTO u(n, p) VALUES('crypt(', $1)", nil},
		{"INSERT INTO u(p) VALUES(lower($1)) -- md5($1)", nil},
		{"INSERT INTO u(p) /* sha2(?, 256) */ VALUES(?)", nil},
		{"INSERT INTO u(p) VALUES(md5(:p))", nil},
		{"INSERT INTO u(p) VALUES(md5('unterminated", nil},
	}
	for _, c := range cases {
		got := map[int]string{}
		for i, p := range sqlProtected(c.q) {
			s := p.fn
			if p.weak != "" {
				s += "!"
			}
			got[i] = s
		}
		if !maps.Equal(got, c.want) {
			t.Errorf("sqlProtected(%q) = %v, want %v", c.q, got, c.want)
		}
	}
	if got := slices.Collect(maps.Keys(sqlProtected("INSERT INTO u VALUES($99999999999999999999)"))); len(got) != 0 {
		t.Errorf("an out-of-range placeholder gave %v", got)
	}
}
