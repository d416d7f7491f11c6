package flow

import (
	"slices"
	"testing"
)

// TestSQLCompared checks which columns a statement's conditions compare:
// inside functions and casts, qualified and quoted, in joins and
// subqueries; not the columns of a SELECT list, a SET list, an ON
// CONFLICT target, string literals or comments.
func TestSQLCompared(t *testing.T) {
	cases := []struct {
		q    string
		want []string
	}{
		{"SELECT id FROM users WHERE google_id = $1", []string{"google_id"}},
		{"SELECT u.id FROM users u LEFT JOIN integrations i ON i.user_id = u.id WHERE i.fever_enabled='t' AND lower(i.fever_token)=lower($1)",
			[]string{"fever_enabled", "fever_token", "id", "user_id"}},
		{`SELECT email, phone FROM members WHERE "Email" = ? ORDER BY phone`, []string{"email"}},
		{"UPDATE users SET email = $1 WHERE id = $2 RETURNING phone", []string{"id"}},
		{"INSERT INTO users (email) VALUES ($1) ON CONFLICT (email) DO NOTHING", nil},
		{"SELECT id FROM t WHERE name::text = :name -- AND ssn = 1", []string{"name"}},
		{"SELECT id FROM t WHERE note = 'x AND ssn = 1' GROUP BY id HAVING count(phone) > 1", []string{"note", "phone"}},
		{"DELETE FROM t WHERE id IN (SELECT user_id FROM s WHERE s.email IS NOT NULL)", []string{"email", "id"}},
		{"SELECT email FROM users", nil},
	}
	for _, c := range cases {
		if got := sqlCompared(c.q); !slices.Equal(got, c.want) {
			t.Errorf("sqlCompared(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestSQLTables checks the tables a statement names.
func TestSQLTables(t *testing.T) {
	cases := []struct {
		q    string
		want []string
	}{
		{"INSERT INTO users (email) VALUES ($1)", []string{"users"}},
		{`UPDATE "public"."Integrations" SET fever_token = $1 WHERE user_id = $2`, []string{"integrations"}},
		{"SELECT u.id FROM users u LEFT JOIN integrations i ON i.user_id = u.id", []string{"integrations", "users"}},
		{"SELECT a.id FROM a, b WHERE a.id = b.id", []string{"a", "b"}},
		{"SELECT id FROM ONLY members WHERE id IN (SELECT id FROM guests)", []string{"guests", "members"}},
		{"SELECT 1", nil},
	}
	for _, c := range cases {
		if got := sqlTables(c.q); !slices.Equal(got, c.want) {
			t.Errorf("sqlTables(%q) = %v, want %v", c.q, got, c.want)
		}
	}
}

// TestSQLSelected checks the columns of a SELECT list, in order.
func TestSQLSelected(t *testing.T) {
	cases := []struct {
		q    string
		want []string
	}{
		{"SELECT id, u.email, \"Phone\" AS p, lower(name), count(*) FROM users u", []string{"id", "email", "phone", "", ""}},
		{"SELECT DISTINCT email e FROM users WHERE id = $1", []string{"email"}},
		{"SELECT * FROM users", []string{""}},
		{"INSERT INTO users (email) VALUES ($1) RETURNING id, email", []string{"id", "email"}},
		{"DELETE FROM users WHERE id = $1", nil},
		{"WITH x AS (SELECT google_id FROM users) SELECT 1", []string{"google_id"}},
	}
	for _, c := range cases {
		if got := sqlSelected(c.q); !slices.Equal(got, c.want) {
			t.Errorf("sqlSelected(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}
