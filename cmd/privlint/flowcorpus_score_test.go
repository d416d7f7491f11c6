package main_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestFlowCorpusLabels checks the committed flow corpus without the
// network: the labels parse, there are at least 60 real flows and 100
// look-alikes, at least three applications are labelled, each with real
// flows and look-alikes, and each has a floor.
func TestFlowCorpusLabels(t *testing.T) {
	labels, err := readFlowLabels(flowCorpusPaths.labels, corpusTaxonomy(t))
	if err != nil {
		t.Fatal(err)
	}
	floors, err := readFlowFloor(flowCorpusPaths.floor)
	if err != nil {
		t.Fatal(err)
	}
	perModule := map[string][2]int{}
	real, look := 0, 0
	for _, l := range labels {
		c := perModule[l.Module]
		if l.Real {
			real++
			c[0]++
		} else {
			look++
			c[1]++
		}
		perModule[l.Module] = c
	}
	if real < 60 || look < 100 {
		t.Errorf("%d real flows and %d look-alikes labelled, want at least 60 and 100", real, look)
	}
	if len(perModule) < 3 {
		t.Errorf("%d applications labelled, want at least 3", len(perModule))
	}
	for mod, c := range perModule {
		if c[0] == 0 || c[1] == 0 {
			t.Errorf("%s: %d real flows and %d look-alikes, want both", mod, c[0], c[1])
		}
		if _, ok := floors[mod]; !ok {
			t.Errorf("%s: no floor in %s", mod, flowCorpusPaths.floor)
		}
	}
	for mod := range floors {
		if _, ok := perModule[mod]; !ok {
			t.Errorf("%s: a floor but no labels", mod)
		}
	}
}

// TestFlowCorpusBadLabels feeds malformed label files to the parser: each
// is an error naming the file and line, never a skipped row.
func TestFlowCorpusBadLabels(t *testing.T) {
	const row = "m.example/app@v1.0.0\tinternal/a.go\t12\tStore.Save\tPL101\tuser.authorization.password\treal\tstored as typed"
	cases := []struct {
		name, data, want string
	}{
		{"empty", "", "empty file"},
		{"header", "module\tfile\n" + row, "labels.tsv:1: header"},
		{"columns", flowHeader + "\n" + strings.Replace(row, "\treal", "", 1), "labels.tsv:2: 7 tab-separated columns"},
		{"module", flowHeader + "\n" + strings.Replace(row, "@v1.0.0", "", 1), "labels.tsv:2: module"},
		{"file", flowHeader + "\n" + strings.Replace(row, "internal/a.go", "../a.go", 1), "labels.tsv:2: file"},
		{"not go", flowHeader + "\n" + strings.Replace(row, "internal/a.go", "internal/a.sql", 1), "labels.tsv:2: file"},
		{"line", flowHeader + "\n" + strings.Replace(row, "\t12\t", "\t0\t", 1), "labels.tsv:2: line"},
		{"function", flowHeader + "\n" + strings.Replace(row, "Store.Save", "(*Store).Save", 1), "labels.tsv:2: function"},
		{"rule", flowHeader + "\n" + strings.Replace(row, "PL101", "PL201", 1), "labels.tsv:2: rule"},
		{"category", flowHeader + "\n" + strings.Replace(row, "user.authorization.password", "user.nonsense", 1), "labels.tsv:2: category"},
		{"second category", flowHeader + "\n" + strings.Replace(row, "user.authorization.password", "user.authorization.password,system.operations", 1), "labels.tsv:2: category \"system.operations\""},
		{"verdict", flowHeader + "\n" + strings.Replace(row, "\treal\t", "\tmaybe\t", 1), "labels.tsv:2: verdict"},
		{"reason", flowHeader + "\n" + strings.Replace(row, "stored as typed", " ", 1), "labels.tsv:2: no reason"},
		{"duplicate", flowHeader + "\n" + row + "\n" + row, "labels.tsv:3: m.example/app@v1.0.0 internal/a.go:12 PL101 user.authorization.password is labelled on line 2"},
		{"empty line", flowHeader + "\n" + row + "\n\n", "labels.tsv:3: 1 tab-separated columns"},
	}
	tax := corpusTaxonomy(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := parseFlowLabels("labels.tsv", []byte(c.data), tax)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
	if got, err := parseFlowLabels("labels.tsv", []byte(flowHeader+"\n"+row), tax); err != nil || len(got) != 1 || !got[0].Real || got[0].Line != 12 {
		t.Fatalf("a good row: %+v, %v", got, err)
	}
}

// TestFlowCorpusBadFloor feeds malformed floor files to the parser.
func TestFlowCorpusBadFloor(t *testing.T) {
	cases := []struct{ name, data, want string }{
		{"columns", "m.example/app@v1.0.0\t50\t3\n", "floor.tsv:1: 3 tab-separated columns"},
		{"module", "# c\nm.example/app\t50\t3\t0\n", "floor.tsv:2: module"},
		{"percentage", "m.example/app@v1.0.0\t150\t3\t0\n", "floor.tsv:1: recall_min"},
		{"fp", "m.example/app@v1.0.0\t50\tx\t0\n", "floor.tsv:1: fp_max"},
		{"count", "m.example/app@v1.0.0\t50\t3\t-1\n", "floor.tsv:1: unlabelled_max"},
		{"twice", "m.example/app@v1.0.0\t50\t3\t0\nm.example/app@v1.0.0\t50\t3\t0\n", "floor.tsv:2: second floor"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := parseFlowFloor("floor.tsv", []byte(c.data))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("error %v, want one containing %q", err, c.want)
			}
		})
	}
	got, err := parseFlowFloor("floor.tsv", []byte("# comment\nm.example/app@v1.0.0\t37.5\t3\t2\n"))
	if err != nil || got["m.example/app@v1.0.0"] != (flowFloor{RecallMin: 37.5, FPMax: 3, UnlabelledMax: 2}) {
		t.Fatalf("a good floor: %+v, %v", got, err)
	}
}

// TestFlowCorpusScore joins findings to labels: same file and rule, a
// compatible category (one of the label's, an ancestor or a descendant),
// the nearest line within flowWindow; everything else is unlabelled, and
// the floor judges recall, look-alike false positives and unlabelled
// findings.
func TestFlowCorpusScore(t *testing.T) {
	tax := corpusTaxonomy(t)
	data := flowHeader + `
m.example/app@v1.0.0	a.go	10	login	PL102	user.account.username	real	login name logged
m.example/app@v1.0.0	a.go	10	login	PL102	user.device.ip_address	real	client IP logged
m.example/app@v1.0.0	a.go	10	login	PL102	user.unique_id	lookalike	internal id
m.example/app@v1.0.0	a.go	20	login	PL102	user.account.username,user.contact.email	real	form field named Email holds the login name
m.example/app@v1.0.0	a.go	30	save	PL101	user.authorization.password	lookalike	hashed first
m.example/app@v1.0.0	a.go	40	save	PL101	user.authorization.credentials	real	token in clear
m.example/app@v1.0.0	b.go	5	send	PL104	user.contact.email	real	e-mail in the query
`
	labels, err := parseFlowLabels("labels.tsv", []byte(strings.TrimPrefix(data, "\n")), tax)
	if err != nil {
		t.Fatal(err)
	}
	findings := []flowFinding{
		{File: "a.go", Line: 11, Rule: "PL102", Category: "user.account.username"},                     // the call's second line: login name
		{File: "a.go", Line: 10, Rule: "PL102", Category: "user.device"},                               // an ancestor of ip_address
		{File: "a.go", Line: 10, Rule: "PL102", Category: "user.device.user_agent"},                    // labelled nowhere: unlabelled
		{File: "a.go", Line: 20, Rule: "PL102", Category: "user.contact.email"},                        // the label's second category
		{File: "a.go", Line: 30, Rule: "PL101", Category: "user.authorization.password"},               // a look-alike flagged
		{File: "a.go", Line: 40, Rule: "PL102", Category: "user.authorization.credentials"},            // right place, wrong rule
		{File: "a.go", Line: 44, Rule: "PL101", Category: "user.authorization.credentials"},            // outside the window
		{File: "c.go", Line: 5, Rule: "PL104", Category: "user.contact.email"},                         // another file
		{File: "a.go", Line: 12, Rule: "PL102", Category: "user.account.username"},                     // a second finding of the same label
		{File: "a.go", Line: 15, Rule: "PL102", Category: "user.account.username.nonexistent.descend"}, // compatible with two labels, five lines from each: outside the window
	}
	s := scoreFlows(labels, findings, tax)
	real, look := s.counts("")
	if real != (flowCount{labelled: 5, flagged: 3}) || look != (flowCount{labelled: 2, flagged: 1}) {
		t.Errorf("counts real %+v look %+v, want {5 3} and {2 1}", real, look)
	}
	if r, _ := s.counts("PL104"); r != (flowCount{labelled: 1, flagged: 0}) {
		t.Errorf("PL104 real %+v, want {1 0}", r)
	}
	var unl []string
	for _, f := range s.unlabelled {
		unl = append(unl, f.File+":"+f.Rule+":"+f.Category)
	}
	slices.Sort(unl)
	want := []string{"a.go:PL101:user.authorization.credentials", "a.go:PL102:user.account.username.nonexistent.descend", "a.go:PL102:user.authorization.credentials", "a.go:PL102:user.device.user_agent", "c.go:PL104:user.contact.email"}
	if !slices.Equal(unl, want) {
		t.Errorf("unlabelled %v, want %v", unl, want)
	}
	if len(s.hits[0]) != 2 {
		t.Errorf("the login-name label took %d findings, want 2", len(s.hits[0]))
	}
	// 3/5 = 60% recall, 1/2 = 50% FP, 5 unlabelled.
	if msgs := s.belowFloor(flowFloor{RecallMin: 60, FPMax: 50, UnlabelledMax: 5}); len(msgs) != 0 {
		t.Errorf("at the floor: %v", msgs)
	}
	msgs := s.belowFloor(flowFloor{RecallMin: 60.1, FPMax: 49.9, UnlabelledMax: 4})
	if len(msgs) != 3 || !strings.Contains(msgs[0], "recall of real flows 60.0%") || !strings.Contains(msgs[1], "50.0%") || !strings.Contains(msgs[2], "5 flow findings") {
		t.Errorf("below the floor: %q", msgs)
	}
	for _, text := range []string{s.report("m.example/app@v1.0.0"), s.details(), flowSummaryTable([]flowSummaryRow{{"m.example/app@v1.0.0", s}})} {
		if text == "" {
			t.Error("empty report")
		}
	}
	if d := s.details(); !strings.Contains(d, "missed real flows (2)") || !strings.Contains(d, "b.go:5 send PL104") || !strings.Contains(d, "flagged look-alikes (1)") {
		t.Errorf("details:\n%s", d)
	}
}

// TestFlowCorpusLabelsInSource checks labels against a module's source:
// a label whose line lies in another function, in no function, or in a
// file that does not parse is reported with its row; receivers are named
// without pointer or type parameters.
func TestFlowCorpusLabelsInSource(t *testing.T) {
	dir := t.TempDir()
	src := `package a

type Store[T any] struct{}

func (s *Store[T]) Save() {
	_ = 1
}

var x = 1

func login() {
	func() {
		_ = 2
	}()
}
`
	if err := os.WriteFile(filepath.Join(dir, "a.go"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bad.go"), []byte("package a\nfunc {"), 0o644); err != nil {
		t.Fatal(err)
	}
	labels := []flowLabel{
		{File: "a.go", Line: 6, Function: "Store.Save", row: 2},
		{File: "a.go", Line: 13, Function: "login", row: 3}, // inside a closure of login
		{File: "a.go", Line: 6, Function: "login", row: 4},
		{File: "a.go", Line: 9, Function: "login", row: 5},
		{File: "bad.go", Line: 2, Function: "f", row: 6},
		{File: "bad.go", Line: 2, Function: "g", row: 7},
		{File: "missing.go", Line: 2, Function: "f", row: 8},
	}
	msgs := checkFlowLabelsInSource(dir, labels)
	want := []string{
		"labels.tsv:4: a.go:6 lies in Store.Save, the label says login",
		"labels.tsv:5: a.go:9 lies in no function, the label says login",
		"labels.tsv:6: parsing ",
		"labels.tsv:8: parsing ",
	}
	if len(msgs) != len(want) {
		t.Fatalf("messages %q, want %d", msgs, len(want))
	}
	for i, w := range want {
		if !strings.Contains(msgs[i], w) {
			t.Errorf("message %d %q, want it to contain %q", i, msgs[i], w)
		}
	}
}
