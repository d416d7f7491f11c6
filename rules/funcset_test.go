package rules

import (
	"strings"
	"testing"
)

// TestFuncSetMatchesFindFunc checks FuncSet.Find against the linear
// FindFunc on every list of the embedded catalog, for probes made from
// every entry (its package, patterns instantiated, every receiver and
// name) and near misses.
func TestFuncSetMatchesFindFunc(t *testing.T) {
	s, err := DefaultSinks()
	if err != nil {
		t.Fatal(err)
	}
	extra, err := ParseFuncName("example.com/app/store.(*Repo).Put")
	if err != nil {
		t.Fatal(err)
	}
	type probe struct{ pkg, recv, name string }
	var probes []probe
	for _, g := range s.groups() {
		for _, f := range g.funcs {
			pkgs := []string{f.Pkg, strings.ReplaceAll(f.Pkg, "*", "5"), strings.ReplaceAll(f.Pkg, "*", "5") + "/sub", f.Pkg + "x", unversioned(f.Pkg), unversioned(f.Pkg) + "/v3"}
			recvs := append([]string{"", "Other", "*"}, f.Recv...)
			names := append([]string{"", "other", "Exported"}, f.Names...)
			for _, p := range pkgs {
				for _, r := range recvs {
					for _, n := range names {
						probes = append(probes, probe{p, r, n})
					}
				}
			}
		}
	}
	probes = append(probes, probe{"example.com/app/store", "Repo", "Put"}, probe{"github.com/jackc/pgx/v5/pgxpool", "Pool", "Exec"})
	checked, found := 0, 0
	for _, g := range s.groups() {
		for _, list := range [][]*Func{g.funcs, append([]*Func{extra}, g.funcs...)} {
			set := NewFuncSet(list)
			for _, p := range probes {
				want := FindFunc(list, p.pkg, p.recv, p.name)
				if got := set.Find(p.pkg, p.recv, p.name); got != want {
					t.Fatalf("%s: Find(%q, %q, %q) = %+v, FindFunc = %+v", g.name, p.pkg, p.recv, p.name, got, want)
				}
				checked++
				if want != nil {
					found++
				}
			}
		}
	}
	if found == 0 || found == checked {
		t.Fatalf("%d of %d probes matched: the probes do not discriminate", found, checked)
	}
	t.Logf("%d probes, %d matched", checked, found)
}

// FindFunc returns the first entry of fs that matches: the linear search
// FuncSet.Find must agree with.
func FindFunc(fs []*Func, pkgPath, recv, name string) *Func {
	for _, f := range fs {
		if f.Matches(pkgPath, recv, name) {
			return f
		}
	}
	return nil
}

// TestFuncSetFindType checks that FindType finds the storage catalog's
// types by package and receiver, whatever the method (storm's Node and
// DB, versioned; gorm's DB), and not a type it does not list, a
// package-level function's empty receiver or a wildcard.
func TestFuncSetFindType(t *testing.T) {
	s, err := DefaultSinks()
	if err != nil {
		t.Fatal(err)
	}
	set := NewFuncSet(s.Storage)
	for _, c := range []struct {
		pkg, recv string
		want      bool
	}{
		{"github.com/asdine/storm/v3", "Node", true},
		{"github.com/asdine/storm/v3", "DB", true},
		{"gorm.io/gorm", "DB", true},
		{"github.com/asdine/storm/v3", "Finder", false},
		{"gorm.io/gorm", "Statement", false},
		{"encoding/json", "Decoder", false},
		{"os", "", false},
		{"gorm.io/gorm", "*", false},
	} {
		if got := set.FindType(c.pkg, c.recv) != nil; got != c.want {
			t.Errorf("FindType(%q, %q) found = %v, want %v", c.pkg, c.recv, got, c.want)
		}
	}
}
