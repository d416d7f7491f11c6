package unused_test

import (
	"fmt"
	"go/ast"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/internal/flowtest"
	"github.com/privlint/privlint/analyzers/unused"
	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules/policy"
)

// TestUnused checks PL201 on unexported fields: never read, never written,
// only copied into write-only fields (a chain of two), read through a
// method value, a closure and an embedded struct, read only in tests, and
// suppressed. The package has a _test.go file, so it is analyzed both
// alone and as its test variant: both must give the same findings and the
// same result.
func TestUnused(t *testing.T) {
	var results []*analysistest.Result
	for _, r := range analysistest.Run(t, analysistest.TestData(), flowtest.Analyzers().Unused, "fields") {
		if r.Pass.Pkg.Path() == "fields" { // not the generated test main
			results = append(results, r)
		}
	}
	if len(results) != 2 {
		t.Fatalf("got %d results, want 2 (the package and its test variant)", len(results))
	}
	var summaries []string
	for _, r := range results {
		res := r.Result.(*unused.Result)
		summaries = append(summaries, summarize(res))
		if len(res.Fields) != 15 {
			t.Errorf("%s: %d fields, want 15", r.Pass.Pkg.Path(), len(res.Fields))
		}
		// Suppressed findings never reach go vet, but the field carries
		// the justification for the CLI.
		for _, f := range res.Fields {
			if f.Symbol == "customer.gender" && (!f.Suppressed || !strings.Contains(f.Justification, "fraud check")) {
				t.Errorf("customer.gender: suppressed %v %q", f.Suppressed, f.Justification)
			}
		}
		alias := res.Uses["fields.Public.alias"]
		if alias == nil || !slices.Equal(alias.CopiesTo, []string{"fields.Public.Email"}) || len(alias.Reads) != 0 {
			t.Errorf("Public.alias uses = %+v, want only a copy into Public.Email", alias)
		}
		mobile := res.Uses["fields.onlyTests.mobile"]
		if mobile == nil || len(mobile.Reads) != 0 || len(mobile.Writes) != 1 {
			t.Errorf("onlyTests.mobile uses = %+v, want one write (Scan) and no read (tests do not count)", mobile)
		}
	}
	if summaries[0] != summaries[1] {
		t.Errorf("the package and its test variant differ:\n%s\n---\n%s", summaries[0], summaries[1])
	}
}

func summarize(r *unused.Result) string {
	var b strings.Builder
	var keys []string
	for k := range r.Uses {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		u := r.Uses[k]
		b.WriteString(k + " " + strings.Join(u.CopiesTo, ","))
		for _, p := range append(u.Reads, u.Writes...) {
			b.WriteString(" " + p.File[strings.LastIndex(p.File, "/")+1:])
		}
		b.WriteString("\n")
	}
	for _, f := range r.Diag.Findings {
		b.WriteString(f.Message + "\n")
	}
	return b.String()
}

// TestUsed checks the whole-program fixed point: a field is used when it
// is read, or copied into a used field, or into a field that is not
// judged.
func TestUsed(t *testing.T) {
	uses := map[string]*unused.Use{
		"p.A.x": {CopiesTo: []string{"p.B.x"}},
		"p.B.x": {CopiesTo: []string{"p.C.x"}},
		"p.C.x": {Reads: onePos()},
		"p.D.x": {CopiesTo: []string{"p.E.x"}},
		"p.E.x": {},
		"p.F.x": {CopiesTo: []string{"q.Elsewhere.x"}},
		"p.G.x": {CopiesTo: []string{"p.G.y"}},
		"p.G.y": {CopiesTo: []string{"p.G.x"}}, // a cycle of copies, never read
	}
	used := unused.Used(uses, func(k string) bool { return strings.HasPrefix(k, "p.") })
	want := []string{"p.A.x", "p.B.x", "p.C.x", "p.F.x"}
	var got []string
	for k, ok := range used {
		if ok {
			got = append(got, k)
		}
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("used = %v, want %v", got, want)
	}
}

func onePos() []finding.Position {
	return []finding.Position{{File: "p/p.go", Line: 1, Column: 1}}
}

// TestReads checks what counts as a use (SPEC §5): the analyzer's findings
// on the unexported fields of reads (its want comments), and the
// whole-program findings on the exported ones: only the fields whose
// values reach nothing but storage or a log are reported; templates,
// encoders into a response, a generic encoder, an any parameter, a table
// declaration and a map entry for a view are uses; a struct only built
// for the log (Logged) is a log record, left to PL102; a field nothing writes
// is not reported; in an application (a program with a main package), the
// API of a package is read by callers outside the program unless a package
// of the program imports it.
func TestReads(t *testing.T) {
	results, symbols := wholeProgram(t, "reads")
	var want []string
	// Imported by another package of the program, the API's results are
	// judged by the program's own uses; so they are in a program without
	// a main package (a module of libraries: the loaded packages are the
	// program).
	importer := &unused.Result{Imports: []string{"reads"}, Main: true}
	// Logged is a log record (logrecords.go): never reported.
	want = []string{"Archived.Email", "Dumped.Email", "Found.Email"}
	if got := symbols(append(results, importer)); !slices.Equal(got, want) {
		t.Errorf("with an importer, whole-program PL201 on %v, want %v", got, want)
	}
	if got := symbols(results); !slices.Equal(got, want) {
		t.Errorf("without a main package, whole-program PL201 on %v, want %v", got, want)
	}
	mainPkg := &unused.Result{Main: true}
	want = []string{"Archived.Email", "Dumped.Email"}
	if got := symbols(append(results, mainPkg)); !slices.Equal(got, want) {
		t.Errorf("in an application, whole-program PL201 on %v, want %v", got, want)
	}
}

// TestDeepEncoding checks that an encoder reads a field however deep its
// struct lies below the value it is given (through pointers, slices and
// named types): Author, a slice and three pointers below the response,
// is used; Actor, as deep below a value only marshaled for the log, is
// not.
func TestDeepEncoding(t *testing.T) {
	results, symbols := wholeProgram(t, "nested")
	got := symbols(append(results, &unused.Result{Main: true}))
	if want := []string{"Actor.Email"}; !slices.Equal(got, want) {
		t.Errorf("whole-program PL201 on %v, want %v", got, want)
	}
}

// TestPluginInterfaces checks that what the program hands a method of a
// plugin's interface (an exported interface of its own that no type of
// the program implements) is read by the plugin: Content.IP is used;
// Event.Email, handed to a hook the program implements and ignores, is
// not.
func TestPluginInterfaces(t *testing.T) {
	results, symbols := wholeProgram(t, "plugapp", "plugapp/plugin", "plugapp/internal/review", "plugapp/internal/builtin")
	if want, got := []string{"Event.Email"}, symbols(results); !slices.Equal(got, want) {
		t.Errorf("whole-program PL201 on %v, want %v", got, want)
	}
}

// TestDeadWrites checks that, in an application, a write inside a
// function of a main or internal package that nothing in the program
// names or can call through an interface does not count as collection:
// Profile is decoded only by a method nothing calls, Note written only by
// a function that only calls itself; Member and Account are decoded by a
// function the program calls and a method it calls through an interface.
func TestDeadWrites(t *testing.T) {
	results, symbols := wholeProgram(t, "deadapp", "deadapp/internal/tg")
	got := symbols(results)
	// Note.Author: newNote only calls itself, which names it; a
	// function reached by nothing else still counts as named.
	want := []string{"Account.Phone", "Member.Email", "Note.Author"}
	if !slices.Equal(got, want) {
		t.Errorf("whole-program PL201 on %v, want %v", got, want)
	}
}

// TestFuncValues checks that a function handed to a template as a value
// (a FuncMap entry) counts as reading what it returns, and that a
// function only called directly does not.
func TestFuncValues(t *testing.T) {
	results, symbols := wholeProgram(t, "funcmap")
	got := symbols(results)
	if want := []string{"Parsed.Owner"}; !slices.Equal(got, want) {
		t.Errorf("whole-program PL201 on %v, want %v", got, want)
	}
}

// wholeProgram runs the analyzer on the test packages and returns their
// results, with a function that joins results into the program's view and
// lists the symbols of its PL201 findings, sorted, under the test policy.
func wholeProgram(t *testing.T, pkgs ...string) ([]*unused.Result, func([]*unused.Result) []string) {
	t.Helper()
	var results []*unused.Result
	for _, r := range analysistest.Run(t, analysistest.TestData(), flowtest.Analyzers().Unused, pkgs...) {
		results = append(results, r.Result.(*unused.Result))
	}
	pol, err := policy.Load(filepath.Join(analysistest.TestData(), "src", "privlint.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	env, err := config.NewEnv(pol, config.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return results, func(rs []*unused.Result) []string {
		var got []string
		for _, f := range unused.Join(rs).Findings(env) {
			got = append(got, f.Symbol)
		}
		slices.Sort(got)
		return got
	}
}

// TestSQLLookups checks that a value stored into a column that a query
// of the program compares is used (the database reads it back for the
// program): Member.Email is compared by another package's query,
// guest.email by its own package's, Member.Mobile is scanned back into
// Card.Mobile (not personal data: its uses are not judged) and
// Member.Nickname into Profile.Nickname, which is read; Member.Phone is only selected back into
// itself, Member.BackupEmail only named by an ON CONFLICT target,
// guest.phone only stored (the analyzer's want comment).
func TestSQLLookups(t *testing.T) {
	results, symbols := wholeProgram(t, "sqllookup/store", "sqllookup/signin")
	got := symbols(results)
	if want := []string{"Member.BackupEmail", "Member.Phone"}; !slices.Equal(got, want) {
		t.Errorf("whole-program PL201 on %v, want %v", got, want)
	}
	// Without the package that compares it, Member.Email is only stored.
	got = symbols(results[:1])
	if want := []string{"Member.BackupEmail", "Member.Email", "Member.Phone"}; !slices.Equal(got, want) {
		t.Errorf("without signin, whole-program PL201 on %v, want %v", got, want)
	}
}

// TestUnreadHolders checks that a decoder collects only what the program
// keeps: the fields of a struct reached through a field nothing reads
// (Posted.Author) are dropped with the reply, while a decoded struct the
// program reads (Session) or reaches through a holder it reads
// (Book.Owner) keeps its unread fields collected.
func TestUnreadHolders(t *testing.T) {
	results, symbols := wholeProgram(t, "replies")
	got := symbols(results)
	if want := []string{"Contact.Email", "Session.DeviceID"}; !slices.Equal(got, want) {
		t.Errorf("whole-program PL201 on %v, want %v", got, want)
	}
}

// TestLogRecords checks that the fields of a struct built only to be
// handed to a log (a log record: rendered by a template into a logger's
// writer, or given to the application's logger) are not reported, since
// PL102 judges what is logged, while a decoded field that reaches the log
// only copied into a log record (Signup.Email) and a struct that is both
// logged and stored (Visit.Email) keep the rule. The package-local
// judgement on unexported fields does the same (auditLine, audit: the
// analyzer's want comments).
func TestLogRecords(t *testing.T) {
	results, symbols := wholeProgram(t, "logrecord", "logrecord/logger")
	got := symbols(results)
	if want := []string{"Signup.Email", "Visit.Email"}; !slices.Equal(got, want) {
		t.Errorf("whole-program PL201 on %v, want %v", got, want)
	}
}

// TestSkipSameAsWalk checks that a package where no personal-data field
// can appear is not walked, and that its result is the one the walk
// records: the holders its non-test files read and nothing else (the
// package and its test variant). A package with personal data is walked
// either way.
func TestSkipSameAsWalk(t *testing.T) {
	run := func(always bool, pkg string) ([]*unused.Result, int) {
		files := 0
		defer unused.SetWalk(always, func(f *ast.File) {
			if f.Name.Name == pkg { // not the generated test main
				files++
			}
		})()
		var out []*unused.Result
		for _, r := range analysistest.Run(t, analysistest.TestData(), flowtest.Analyzers().Unused, pkg) {
			if r.Pass.Pkg.Path() == pkg { // not the generated test main
				out = append(out, r.Result.(*unused.Result))
			}
		}
		return out, files
	}
	for _, c := range []struct {
		pkg  string
		skip bool
	}{{"nopii", true}, {"replies", false}, {"fields", false}} {
		skipped, files := run(false, c.pkg)
		walkedAll, filesAll := run(true, c.pkg)
		if files == 0 != c.skip || filesAll == 0 {
			t.Errorf("%s: %d files walked (%d when always walked), want the walk skipped: %v", c.pkg, files, filesAll, c.skip)
		}
		if !reflect.DeepEqual(skipped, walkedAll) {
			t.Errorf("%s: results without the walk differ from the walk's:\n%s\nwant\n%s", c.pkg, dump(skipped), dump(walkedAll))
		}
	}
	results, _ := run(false, "nopii")
	for _, r := range results {
		var names []string
		for _, h := range r.Holders {
			names = append(names, h[:strings.Index(h, "@")])
		}
		// Labels and hidden are read in the test file only.
		if want := []string{"nopii.Center", "nopii.Corners", "nopii.Next"}; !slices.Equal(names, want) {
			t.Errorf("nopii: holders read %v, want %v", names, want)
		}
	}
}

func dump(rs []*unused.Result) string {
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, "%+v\n", *r)
	}
	return b.String()
}

// TestRecordStartsSameAsLookUps checks that the walk judges the same
// values as log records, or not, whether it looks every expression up in
// the values whose type is a record or only those its bit sets mark, on
// the fixtures with log records and with reads of whole values.
func TestRecordStartsSameAsLookUps(t *testing.T) {
	run := func(off bool, pkg string) []*unused.Result {
		defer unused.SetRecordStarts(off)()
		var out []*unused.Result
		for _, r := range analysistest.Run(t, analysistest.TestData(), flowtest.Analyzers().Unused, pkg) {
			if r.Pass.Pkg.Path() == pkg { // not the generated test main
				out = append(out, r.Result.(*unused.Result))
			}
		}
		return out
	}
	logged := 0
	for _, pkg := range []string{"logrecord", "reads", "fields"} {
		marked, all := run(false, pkg), run(true, pkg)
		if !reflect.DeepEqual(marked, all) {
			t.Errorf("%s: results with the marked offsets differ from those of every look-up:\n%s\nwant\n%s", pkg, dump(marked), dump(all))
		}
		for _, r := range marked {
			logged += len(r.Logged)
		}
	}
	if logged == 0 {
		t.Error("no log record in the fixtures: the test compares nothing")
	}
}

// TestHelperUses checks that a field whose value is handed to a helper
// that reaches only storage and logs is used when the helper also uses
// it otherwise (looks it up, compares it, returns it to a caller that
// reads it), one or two calls down, in the same package or another
// (whose flow summaries are facts), and keeps the finding when the
// helper only stores or logs it (the analyzer's want comments).
func TestHelperUses(t *testing.T) {
	analysistest.Run(t, analysistest.TestData(), flowtest.Analyzers().Unused, "helperuse/app")
}
