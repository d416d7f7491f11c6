package main_test

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/privlint/privlint/rules"
)

func corpusTaxonomy(t *testing.T) *rules.Taxonomy {
	t.Helper()
	tax, err := rules.DefaultTaxonomy()
	if err != nil {
		t.Fatal(err)
	}
	return tax
}

// TestGoCorpusLabels checks the committed corpus without the network: the
// labels parse, there are at least 300 of them, at least a third are
// look-alikes (labelled not personal), every module has a floor, and every
// module is both personal and not-personal data (so each figure means
// something).
func TestGoCorpusLabels(t *testing.T) {
	labels, err := readCorpusLabels(goCorpusPaths.labels, corpusTaxonomy(t))
	if err != nil {
		t.Fatal(err)
	}
	floors, err := readCorpusFloor(goCorpusPaths.floor)
	if err != nil {
		t.Fatal(err)
	}
	if len(labels) < 300 {
		t.Errorf("%d labelled fields, want at least 300", len(labels))
	}
	not := 0
	perModule := map[string][2]int{}
	for _, l := range labels {
		c := perModule[l.Module]
		if l.personal() {
			c[0]++
		} else {
			not++
			c[1]++
		}
		perModule[l.Module] = c
	}
	if 3*not < len(labels) {
		t.Errorf("%d of %d labelled fields are look-alikes (not personal), want at least a third", not, len(labels))
	}
	if len(perModule) < 2 {
		t.Errorf("%d modules labelled, want at least 2", len(perModule))
	}
	for mod, c := range perModule {
		if c[0] == 0 || c[1] == 0 {
			t.Errorf("%s: %d personal and %d not-personal labels, want both", mod, c[0], c[1])
		}
		if _, ok := floors[mod]; !ok {
			t.Errorf("%s: no floor in %s", mod, goCorpusPaths.floor)
		}
	}
	for mod := range floors {
		if _, ok := perModule[mod]; !ok {
			t.Errorf("%s: a floor for a module without labels", goCorpusPaths.floor)
		}
	}
}

// TestGoCorpusBadLabels feeds the label and floor parsers broken files and
// checks that each error names the file and the line.
func TestGoCorpusBadLabels(t *testing.T) {
	tax := corpusTaxonomy(t)
	const good = "m.example/app@v1.0.0\tpkg/a.go\t3\tUser.Email\tuser.contact.email\tname\tthe user's address"
	cases := []struct {
		name, data, want string
	}{
		{"empty", "", `labels.tsv: empty file`},
		{"header", "module\tfile\n" + good + "\n", `labels.tsv:1: header`},
		{"columns", corpusHeader + "\n" + "m.example/app@v1.0.0\tpkg/a.go\t3\n", `labels.tsv:2: 3 tab-separated columns`},
		{"blank", corpusHeader + "\n" + good + "\n\n", `labels.tsv:3: empty line`},
		{"module", corpusHeader + "\n" + strings.Replace(good, "@v1.0.0", "", 1) + "\n", `labels.tsv:2: module "m.example/app" is not module@version`},
		{"file", corpusHeader + "\n" + strings.Replace(good, "pkg/a.go", "../a.go", 1) + "\n", `labels.tsv:2: file "../a.go"`},
		{"absolute", corpusHeader + "\n" + strings.Replace(good, "pkg/a.go", "/pkg/a.go", 1) + "\n", `labels.tsv:2: file "/pkg/a.go"`},
		{"line", corpusHeader + "\n" + strings.Replace(good, "\t3\t", "\tx\t", 1) + "\n", `labels.tsv:2: line "x"`},
		{"zero line", corpusHeader + "\n" + strings.Replace(good, "\t3\t", "\t0\t", 1) + "\n", `labels.tsv:2: line "0"`},
		{"symbol", corpusHeader + "\n" + strings.Replace(good, "User.Email", "Email", 1) + "\n", `labels.tsv:2: symbol "Email"`},
		{"label", corpusHeader + "\n" + strings.Replace(good, "user.contact.email", "user.contact.mail", 1) + "\n", `labels.tsv:2: label "user.contact.mail"`},
		{"system label", corpusHeader + "\n" + strings.Replace(good, "user.contact.email", "system.authentication", 1) + "\n", `labels.tsv:2: label "system.authentication"`},
		{"evidence", corpusHeader + "\n" + strings.Replace(good, "\tname\t", "\tguess\t", 1) + "\n", `labels.tsv:2: evidence "guess"`},
		{"reason", corpusHeader + "\n" + strings.Replace(good, "the user's address", " ", 1) + "\n", `labels.tsv:2: no reason`},
		{"duplicate", corpusHeader + "\n" + good + "\n" + good + "\n", `labels.tsv:3: .* is labelled on line 2 already`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := parseCorpusLabels("labels.tsv", []byte(c.data), tax)
			if err == nil {
				t.Fatalf("no error, want one matching %q", c.want)
			}
			if !regexp.MustCompile(c.want).MatchString(err.Error()) {
				t.Errorf("error %q, want one matching %q", err, c.want)
			}
		})
	}

	// An alias of the IAB draft spelling is normalised to the fideslang key.
	ls, err := parseCorpusLabels("labels.tsv", []byte(corpusHeader+"\n"+strings.Replace(good, "user.contact.email", "user.contact.social_url", 1)+"\n"), tax)
	if err != nil || len(ls) != 1 || ls[0].Label != "user.contact.url" {
		t.Errorf("alias label: got %+v, %v; want user.contact.url", ls, err)
	}

	floorCases := []struct {
		name, data, want string
	}{
		{"columns", "# comment\nm.example/app@v1.0.0\t50\t10\t90\n", `floor.tsv:2: 4 tab-separated columns`},
		{"module", "m.example/app\t50\t10\t90\t0\n", `floor.tsv:1: module "m.example/app"`},
		{"percentage", "m.example/app@v1.0.0\t50\t110\t90\t0\n", `floor.tsv:1: fp_max "110" is not a percentage`},
		{"number", "m.example/app@v1.0.0\thalf\t10\t90\t0\n", `floor.tsv:1: recall_min "half"`},
		{"count", "m.example/app@v1.0.0\t50\t10\t90\t-1\n", `floor.tsv:1: unlabelled_max "-1"`},
		{"duplicate", "m.example/app@v1.0.0\t50\t10\t90\t0\nm.example/app@v1.0.0\t50\t10\t90\t0\n", `floor.tsv:2: second floor`},
	}
	for _, c := range floorCases {
		t.Run("floor "+c.name, func(t *testing.T) {
			_, err := parseCorpusFloor("floor.tsv", []byte(c.data))
			if err == nil {
				t.Fatalf("no error, want one matching %q", c.want)
			}
			if !regexp.MustCompile(c.want).MatchString(err.Error()) {
				t.Errorf("error %q, want one matching %q", err, c.want)
			}
		})
	}
}

// TestGoCorpusScore checks the join of findings to labels and the figures
// on a small hand-made corpus.
func TestGoCorpusScore(t *testing.T) {
	tax := corpusTaxonomy(t)
	const mod = "m.example/app@v1.0.0"
	rows := []string{
		"a.go\t3\tUser.Email\tuser.contact.email\ttag\tfound, exact",
		"a.go\t4\tUser.Name\tuser.account.username\tname\tfound, wrong category",
		"a.go\t5\tUser.City\tuser.contact.address.city\tname\tfound as the coarser address",
		"a.go\t6\tUser.Secret\tuser.authorization.credentials\tname\tmissed",
		"a.go\t7\tUser.GoogleID\tuser.unique_id\tnone\tmissed, no evidence",
		"b.go\t10\tRow.Name\tnot\tname\tfalse positive, joined by line",
		"b.go\t11\tRow.Title\tnot\tname\tnot flagged",
		"c.go\t20\tT.PasswdHashAlgo\tnot\tname\tfirst of two local types",
		"c.go\t30\tT.PasswdHashAlgo\tuser.authorization.password\tname\tsecond of two local types (made up)",
	}
	var data strings.Builder
	data.WriteString(corpusHeader + "\n")
	for _, r := range rows {
		data.WriteString(mod + "\t" + r + "\n")
	}
	labels, err := parseCorpusLabels("labels.tsv", []byte(data.String()), tax)
	if err != nil {
		t.Fatal(err)
	}
	report := fmt.Sprintf(`{"version":"x","findings":[
		{"rule":"PL001","message":"user.contact.email in User.Email has no declared purpose","file":"a.go","line":3,"category":"user.contact.email","detectedBy":"tag"},
		{"rule":"PL201","message":"user.contact.email in User.Email is collected but never used","file":"a.go","line":3,"category":"user.contact.email","detectedBy":"tag"},
		{"rule":"PL001","message":"user.name in User.Name has no declared purpose","file":"./a.go","line":4,"category":"user.name","detectedBy":"name"},
		{"rule":"PL001","message":"user.contact.address in User.City has no declared purpose","file":%q,"line":5,"category":"user.contact.address","detectedBy":["name:city(head)","holder:person-like(User)"]},
		{"rule":"PL001","message":"a message that names no field","file":"b.go","line":10,"category":"user.name","detectedBy":"name"},
		{"rule":"PL001","message":"user.authorization.password in T.PasswdHashAlgo has no declared purpose","file":"c.go","line":20,"category":"user.authorization.password","detectedBy":"name"},
		{"rule":"PL001","message":"user.contact.email in Other.Email has no declared purpose","file":"d.go","line":1,"category":"user.contact.email","detectedBy":"name"}
	],"errors":[]}`, filepath.Join("/scratch", "a.go"))
	findings, errs, err := parseCorpusReport([]byte(report), "/scratch")
	if err != nil || len(errs) != 0 {
		t.Fatalf("parseCorpusReport: %v %v", err, errs)
	}
	if len(findings) != 6 {
		t.Fatalf("%d PL001 findings, want 6: %+v", len(findings), findings)
	}
	if findings[2].File != "a.go" || findings[2].DetectedBy != "name:city(head),holder:person-like(User)" {
		t.Errorf("absolute path or evidence list not normalised: %+v", findings[2])
	}
	s := scoreCorpus(labels, findings, tax)
	check := func(name string, got, want any) {
		t.Helper()
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	check("personal", corpusSum(s.personal), 6)
	check("found", corpusSum(s.found), 3)
	check("recall", fmt.Sprintf("%.1f", s.recall()), "50.0")
	check("evidence recall", fmt.Sprintf("%.1f", s.evidenceRecall()), "60.0")
	check("not", s.notLabels, 3)
	check("false positives", len(s.fps), 2)
	var fpAt []string
	for _, m := range s.fps {
		fpAt = append(fpAt, fmt.Sprintf("%s:%d", m.label.File, m.label.Line))
	}
	check("false positive labels", fpAt, []string{"b.go:10", "c.go:20"})
	check("fp rate", fmt.Sprintf("%.1f", s.fpRate()), "66.7")
	check("exact", s.exact, 1)
	check("compatible", s.compatible, 2)
	check("disagreements", len(s.disagree), 2)
	check("misses", len(s.misses), 3)
	if check("unlabelled", len(s.unlabelled), 1); len(s.unlabelled) == 1 {
		check("unlabelled file", s.unlabelled[0].File, "d.go")
	}

	fails := s.belowFloor(corpusFloor{RecallMin: 50, FPMax: 66.7, ExactMin: 33.3, UnlabelledMax: 1})
	if len(fails) != 0 {
		t.Errorf("figures at the floor fail it: %v", fails)
	}
	fails = s.belowFloor(corpusFloor{RecallMin: 50.1, FPMax: 66.6, ExactMin: 33.4, UnlabelledMax: 0})
	if len(fails) != 4 {
		t.Errorf("figures past the floor: %d failures %v, want 4", len(fails), fails)
	}
	for _, want := range []string{"Row.Name", "user.authorization.credentials", "labelled user.account.username, flagged user.name by name", "d.go:1 Other.Email"} {
		if !strings.Contains(s.details(), want) {
			t.Errorf("details lack %q:\n%s", want, s.details())
		}
	}
	if r := s.report(mod); !strings.Contains(r, "recall 50.0%") || !strings.Contains(r, "false positives 2, 66.7%") {
		t.Errorf("report:\n%s", r)
	}

	if _, _, err := parseCorpusReport([]byte("{not json"), "/scratch"); err == nil {
		t.Error("a broken report parses")
	}
}

// TestGoCorpusPackages checks the package patterns of labelled files.
func TestGoCorpusPackages(t *testing.T) {
	got := corpusPackages([]corpusLabel{{File: "x/y/a.go"}, {File: "main.go"}, {File: "x/y/b.go"}, {File: "x/z.go"}})
	if want := []string{".", "./x", "./x/y"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("corpusPackages = %v, want %v", got, want)
	}
}
