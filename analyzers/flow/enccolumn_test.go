package flow

import (
	"maps"
	"reflect"
	"testing"
)

// TestSQLColumns checks which column each bare placeholder of a write
// statement fills, and that expressions, literals and comments do not
// shift the count.
func TestSQLColumns(t *testing.T) {
	cases := []struct {
		q    string
		want map[int]string
	}{
		{"INSERT INTO users (email, ssn_enc) VALUES ($1, $2)", map[int]string{0: "email", 1: "ssn_enc"}},
		{"insert into users(email, ssn_enc) values(?, ?)", map[int]string{0: "email", 1: "ssn_enc"}},
		{`INSERT INTO "users" ("Email", "ssn") VALUES ($2, $1)`, map[int]string{1: "email", 0: "ssn"}},
		{"INSERT INTO u (a, b, c) VALUES (lower(?), 'x', ?)", map[int]string{1: "c"}},
		{"INSERT INTO u (a, b) VALUES (?, ? /* note, ? */) RETURNING id", map[int]string{0: "a", 1: "b"}},
		{"UPDATE users SET phone_enc = ?, name = lower(?) WHERE id = ?", map[int]string{0: "phone_enc"}},
		{"UPDATE users SET u.phone = $2 WHERE id = $1", map[int]string{1: "phone"}},
		{"DELETE FROM users WHERE id = $1", map[int]string{}},
		{"INSERT INTO u (a", map[int]string{}},
	}
	for _, c := range cases {
		if got := sqlColumns(c.q); !maps.Equal(got, c.want) {
			t.Errorf("sqlColumns(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestColumnNames checks the column names a field's tags and name give.
func TestColumnNames(t *testing.T) {
	got := columnNames("SSNSealed", `db:"ssn_enc,omitempty" gorm:"type:text;column:ssn_col"`)
	want := []string{"ssn_sealed", "ssn_enc", "ssn_col"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("columnNames = %v, want %v", got, want)
	}
	if got := snake("PhoneEnc"); got != "phone_enc" {
		t.Errorf("snake(PhoneEnc) = %q", got)
	}
}

// FuzzSQLColumns checks that no statement text makes sqlColumns panic or
// map a negative argument index.
func FuzzSQLColumns(f *testing.F) {
	for _, s := range []string{"INSERT INTO u (a, b) VALUES ($1, ?)", "UPDATE t SET a = ? WHERE", "insert (", "VALUES ((", "SET = $", "INSERT INTO t (\"a) VALUES ($99999999999)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, q string) {
		for i := range sqlColumns(q) {
			if i < 0 {
				t.Errorf("%q: negative argument %d", q, i)
			}
		}
	})
}
