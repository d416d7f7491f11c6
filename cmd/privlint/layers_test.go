package main_test

import (
	"encoding/json"
	"errors"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const modulePath = "github.com/privlint/privlint"

// folderOf is the top-level folder of a package of this module, counting
// internal/ as one folder: "analyzers", "internal", "cmd", ...; "" for the
// module root and for packages of other modules.
func folderOf(pkg string) string {
	rest, ok := strings.CutPrefix(pkg, modulePath+"/")
	if !ok {
		return ""
	}
	folder, _, _ := strings.Cut(rest, "/")
	return folder
}

// TestFoldersAcyclic checks that the imports between the repository's
// top-level folders (internal/ counted as one) form no cycle, tests
// included, so that the folders show the layers: cmd above analyzers and
// schemacheck, above internal, above rules and finding.
func TestFoldersAcyclic(t *testing.T) {
	out, err := exec.Command("go", "list", "-json=ImportPath,Imports,TestImports,XTestImports", modulePath+"/...").Output()
	if err != nil {
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			t.Fatalf("go list: %v\n%s", err, ee.Stderr)
		}
		t.Fatalf("go list: %v", err)
	}
	edges := map[string]map[string][]string{} // folder → folder → "pkg → imported"
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p struct {
			ImportPath                         string
			Imports, TestImports, XTestImports []string
		}
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("reading go list output: %v", err)
		}
		from := folderOf(p.ImportPath)
		for _, imp := range slices.Concat(p.Imports, p.TestImports, p.XTestImports) {
			to := folderOf(imp)
			if from == "" || to == "" || to == from {
				continue
			}
			if edges[from] == nil {
				edges[from] = map[string][]string{}
			}
			edges[from][to] = append(edges[from][to], p.ImportPath+" → "+imp)
		}
	}
	if len(edges) == 0 {
		t.Fatal("go list found no imports between folders; the test would pass vacuously")
	}
	if cycle := findCycle(edges); cycle != nil {
		var why []string
		for i := range len(cycle) - 1 {
			why = append(why, edges[cycle[i]][cycle[i+1]][0])
		}
		t.Errorf("the top-level folders import each other in a cycle %s:\n  %s", strings.Join(cycle, " → "), strings.Join(why, "\n  "))
	}
}

// findCycle returns a cycle of the graph as a path whose first and last
// nodes are the same, or nil.
func findCycle(edges map[string]map[string][]string) []string {
	const (
		unseen = iota
		onPath
		done
	)
	state := map[string]int{}
	var path []string
	var visit func(n string) []string
	visit = func(n string) []string {
		state[n] = onPath
		path = append(path, n)
		var next []string
		for m := range edges[n] {
			next = append(next, m)
		}
		slices.Sort(next)
		for _, m := range next {
			switch state[m] {
			case onPath:
				i := slices.Index(path, m)
				return append(slices.Clone(path[i:]), m)
			case unseen:
				if c := visit(m); c != nil {
					return c
				}
			}
		}
		path = path[:len(path)-1]
		state[n] = done
		return nil
	}
	var nodes []string
	for n := range edges {
		nodes = append(nodes, n)
	}
	slices.Sort(nodes)
	for _, n := range nodes {
		if state[n] == unseen {
			if c := visit(n); c != nil {
				return c
			}
		}
	}
	return nil
}

// TestFindCycle checks the cycle finder itself on a graph with and one
// without a cycle.
func TestFindCycle(t *testing.T) {
	acyclic := map[string]map[string][]string{"a": {"b": {"x"}}, "b": {"c": {"x"}}}
	if c := findCycle(acyclic); c != nil {
		t.Errorf("findCycle(acyclic) = %v", c)
	}
	cyclic := map[string]map[string][]string{"a": {"b": {"x"}}, "b": {"c": {"x"}}, "c": {"a": {"x"}}}
	if c := findCycle(cyclic); !slices.Equal(c, []string{"a", "b", "c", "a"}) {
		t.Errorf("findCycle(cyclic) = %v, want a → b → c → a", c)
	}
}
