package flow

import (
	"maps"
	"slices"
	"testing"
)

// TestSQLLookups checks which arguments an UPDATE or a DELETE binds only
// in its own WHERE condition, and that every statement the reading is
// unsure of gives none (so that all its arguments stay stored).
func TestSQLLookups(t *testing.T) {
	for _, tc := range []struct {
		q    string
		want []int
	}{
		{"DELETE FROM users WHERE email = $1", []int{0}},
		{"delete from t where a = ? and b = ?", []int{0, 1}},
		{"UPDATE t SET a = ? WHERE b = ? LIMIT ?", []int{1, 2}},
		{"UPDATE t SET a = $2 WHERE b = $1", []int{0}},
		{"UPDATE t SET a = lower($1) WHERE a = $1", nil},                     // bound on both sides
		{"UPDATE t SET a = (SELECT x FROM y WHERE z = ?) WHERE id = 1", nil}, // a subquery's WHERE
		{"UPDATE t SET a = $1::text WHERE b = $2", []int{1}},                 // a cast is no named placeholder
		{"-- touch\nUPDATE t SET seen = now() WHERE token = $1", []int{0}},
		{"UPDATE t SET a = 'WHERE ?' WHERE b = ?", []int{0}}, // a literal's text is skipped
		{"UPDATE t SET a = ?", nil},
		{"INSERT INTO t(a) SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM t WHERE a = $2)", nil},
		{"WITH x AS (SELECT 1) UPDATE t SET a = $1 WHERE b = $2", nil},
		{"UPDATE t SET a = :a WHERE b = :b", nil},
		{"UPDATE t SET a = @p1 WHERE b = @p2", nil},
		{"UPDATE t SET a = ? WHERE b = $2", nil},
		{"UPDATE t SET a = 1 WHERE b = ?; DELETE FROM u WHERE c = ?", nil},
		{"UPDATE t SET a = 1 WHERE b = $0", nil},
		{"", nil},
	} {
		got := slices.Sorted(maps.Keys(sqlLookups(tc.q)))
		if !slices.Equal(got, tc.want) {
			t.Errorf("sqlLookups(%q) = %v, want %v", tc.q, got, tc.want)
		}
	}
}
