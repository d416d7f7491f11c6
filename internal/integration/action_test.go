package integration_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"github.com/privlint/privlint/internal/testkit"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"gopkg.in/yaml.v3"
)

// repoRoot is the root of this repository (the action's own checkout).
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// copyTree copies the directory src to dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	testkit.CopyTree(t, src, dst)
}

// actionFile is the part of action.yml's schema the test reads.
type actionFile struct {
	Name   string `yaml:"name"`
	Inputs map[string]struct {
		Description string `yaml:"description"`
		Default     string `yaml:"default"`
	} `yaml:"inputs"`
	Outputs map[string]struct {
		Description string `yaml:"description"`
		Value       string `yaml:"value"`
	} `yaml:"outputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
}

type actionStep struct {
	Name             string            `yaml:"name"`
	ID               string            `yaml:"id"`
	If               string            `yaml:"if"`
	Uses             string            `yaml:"uses"`
	With             map[string]string `yaml:"with"`
	Run              string            `yaml:"run"`
	Shell            string            `yaml:"shell"`
	Env              map[string]string `yaml:"env"`
	WorkingDirectory string            `yaml:"working-directory"`
}

func loadAction(t *testing.T) (*actionFile, []byte) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(repoRoot(t), "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var a actionFile
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatalf("action.yml: %v", err)
	}
	return &a, data
}

var (
	exprPattern   = regexp.MustCompile(`\$\{\{\s*(.*?)\s*\}\}`)
	inputRef      = regexp.MustCompile(`\binputs\.([A-Za-z0-9_-]+)`)
	stepOutputRef = regexp.MustCompile(`^steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+)$`)
	pinnedUses    = regexp.MustCompile(`^[\w.-]+/[\w./-]+@[0-9a-f]{40}$`)
)

// TestActionStatic checks action.yml without running it: a composite
// action with SPEC §9's inputs and outputs, every input it uses declared,
// every output set by a step, no ${{ }} inside a script, and the upload
// action pinned by commit.
func TestActionStatic(t *testing.T) {
	a, raw := loadAction(t)
	if a.Runs.Using != "composite" {
		t.Errorf("runs.using = %q, want composite", a.Runs.Using)
	}
	var inputs []string
	for name := range a.Inputs {
		inputs = append(inputs, name)
	}
	slices.Sort(inputs)
	want := []string{"args", "baseline", "cgo", "config", "fail-on", "packages", "sarif-file", "upload", "working-directory"}
	if !slices.Equal(inputs, want) {
		t.Errorf("inputs %v, want %v", inputs, want)
	}
	defaults := map[string]string{"packages": "./...", "sarif-file": "privlint.sarif", "upload": "true", "fail-on": "warning", "cgo": "false"}
	for name, d := range defaults {
		if got := a.Inputs[name].Default; got != d {
			t.Errorf("input %s defaults to %q, want %q", name, got, d)
		}
	}
	for _, m := range inputRef.FindAllStringSubmatch(string(raw), -1) {
		if _, ok := a.Inputs[m[1]]; !ok {
			t.Errorf("action.yml uses inputs.%s, which is not declared", m[1])
		}
	}
	for name, in := range a.Inputs {
		if in.Description == "" {
			t.Errorf("input %s has no description", name)
		}
		if !strings.Contains(string(raw), "inputs."+name+" ") && !strings.Contains(string(raw), "inputs."+name+"\n") {
			t.Errorf("input %s is declared but never used", name)
		}
	}

	steps := map[string]actionStep{}
	for i, s := range a.Runs.Steps {
		if s.ID != "" {
			steps[s.ID] = s
		}
		if strings.Contains(s.Run, "privlint-bin/privlint\" \"${args[@]}\"") {
			// The step that checks the (possibly untrusted) code.
			if s.Env["GOTOOLCHAIN"] != "local" {
				t.Errorf("step %d (%s) runs privlint check without env GOTOOLCHAIN: local", i, s.Name)
			}
			if !strings.Contains(s.Run, "::stop-commands::") {
				t.Errorf("step %d (%s) runs privlint check outside ::stop-commands::", i, s.Name)
			}
		}
		if s.Run != "" {
			if strings.Contains(s.Run, "${{") {
				t.Errorf("step %d (%s) has ${{ }} inside run:; pass values through env:", i, s.Name)
			}
			if s.Shell != "bash" {
				t.Errorf("step %d (%s): shell %q, want bash", i, s.Name, s.Shell)
			}
			if s.If != "" {
				t.Errorf("step %d (%s): run steps must not be conditional (the simulated runner does not evaluate their if:)", i, s.Name)
			}
		}
		if s.Uses != "" && !pinnedUses.MatchString(s.Uses) {
			t.Errorf("step %d uses %q, not pinned to a commit", i, s.Uses)
		}
	}
	for _, name := range []string{"sarif-file", "findings"} {
		out, ok := a.Outputs[name]
		if !ok {
			t.Errorf("output %s is not declared", name)
			continue
		}
		m := exprPattern.FindStringSubmatch(out.Value)
		if m == nil {
			t.Errorf("output %s: value %q is not an expression", name, out.Value)
			continue
		}
		ref := stepOutputRef.FindStringSubmatch(m[1])
		if ref == nil {
			t.Errorf("output %s: value %q is not steps.<id>.outputs.<name>", name, out.Value)
			continue
		}
		s, ok := steps[ref[1]]
		if !ok || !strings.Contains(s.Run, ref[2]+"=") || !strings.Contains(s.Run, "$GITHUB_OUTPUT") {
			t.Errorf("output %s: step %q does not write %s= to $GITHUB_OUTPUT", name, ref[1], ref[2])
		}
	}
	var upload *actionStep
	for i := range a.Runs.Steps {
		if strings.HasPrefix(a.Runs.Steps[i].Uses, "github/codeql-action/upload-sarif@") {
			upload = &a.Runs.Steps[i]
		}
	}
	if upload == nil {
		t.Fatal("no github/codeql-action/upload-sarif step")
	}
	if upload.With["category"] != "privlint" || !strings.Contains(upload.With["sarif_file"], "steps.check.outputs.sarif-file") {
		t.Errorf("upload step with: %v; want category privlint and the check step's sarif-file", upload.With)
	}
	if !strings.Contains(upload.If, "inputs.upload == 'true'") {
		t.Errorf("upload step if: %q does not depend on the upload input", upload.If)
	}
}

// runner simulates the GitHub Actions runner for a composite action: it
// evaluates the expressions action.yml uses, runs the run: steps with
// bash as the runner does (bash --noprofile --norc -eo pipefail) and
// records, instead of running, the uses: steps.
type runner struct {
	t          *testing.T
	action     *actionFile
	actionPath string
	workspace  string
	temp       string
	inputs     map[string]string
	outputs    map[string]map[string]string // step id -> outputs
	uses       []usedStep                   // uses: steps whose if: held
	log        bytes.Buffer
}

type usedStep struct {
	uses string
	with map[string]string
}

// eval evaluates one expression of the kinds action.yml uses: a context
// value, or terms `value == 'literal'`, `value != 'literal'` joined by &&.
func (r *runner) eval(expr string) string {
	expr = strings.TrimSpace(expr)
	if strings.Contains(expr, "&&") || strings.Contains(expr, "==") || strings.Contains(expr, "!=") {
		for _, term := range strings.Split(expr, "&&") {
			var op string
			switch {
			case strings.Contains(term, "=="):
				op = "=="
			case strings.Contains(term, "!="):
				op = "!="
			default:
				r.t.Fatalf("unsupported condition %q", term)
			}
			l, rhs, _ := strings.Cut(term, op)
			lit := strings.TrimSpace(rhs)
			if len(lit) < 2 || lit[0] != '\'' || lit[len(lit)-1] != '\'' {
				r.t.Fatalf("unsupported condition %q: right side must be a quoted literal", term)
			}
			if (r.eval(l) == lit[1:len(lit)-1]) != (op == "==") {
				return "false"
			}
		}
		return "true"
	}
	switch expr {
	case "github.action_path":
		return r.actionPath
	case "github.workspace":
		return r.workspace
	case "runner.temp":
		return r.temp
	}
	if m := inputRef.FindStringSubmatch(expr); m != nil && m[0] == expr {
		v, ok := r.inputs[m[1]]
		if !ok {
			in, declared := r.action.Inputs[m[1]]
			if !declared {
				r.t.Fatalf("expression uses undeclared input %q", m[1])
			}
			v = in.Default
		}
		return v
	}
	if m := stepOutputRef.FindStringSubmatch(expr); m != nil {
		return r.outputs[m[1]][m[2]]
	}
	r.t.Fatalf("the simulated runner does not support the expression %q", expr)
	return ""
}

// subst replaces every ${{ }} in s.
func (r *runner) subst(s string) string {
	return exprPattern.ReplaceAllStringFunc(s, func(m string) string {
		return r.eval(exprPattern.FindStringSubmatch(m)[1])
	})
}

// condition evaluates a step's if: (bare expression or ${{ }}).
func (r *runner) condition(s string) bool {
	if s == "" {
		return true
	}
	if m := exprPattern.FindStringSubmatch(s); m != nil {
		s = m[1]
	}
	return r.eval(s) == "true"
}

// baseEnv is the process environment without the host's GitHub and runner
// variables, plus the ones a runner sets for every step.
func (r *runner) baseEnv() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "GITHUB_") || strings.HasPrefix(kv, "RUNNER_") || strings.HasPrefix(kv, "INPUT_") {
			continue
		}
		env = append(env, kv)
	}
	return append(env,
		"CI=true",
		"GITHUB_ACTIONS=true",
		"GITHUB_ACTION_PATH="+r.actionPath,
		"GITHUB_WORKSPACE="+r.workspace,
		"RUNNER_TEMP="+r.temp,
	)
}

// run executes the action's steps in order, stopping at the first failing
// step as the runner does. It returns the index of the failed step (or -1)
// and its exit code.
func (r *runner) run() (failed, code int) {
	r.outputs = map[string]map[string]string{}
	for i, s := range r.action.Runs.Steps {
		if !r.condition(s.If) {
			fmt.Fprintf(&r.log, "== step %d %q skipped\n", i, s.Name)
			continue
		}
		if s.Uses != "" {
			with := map[string]string{}
			for k, v := range s.With {
				with[k] = r.subst(v)
			}
			r.uses = append(r.uses, usedStep{uses: s.Uses, with: with})
			fmt.Fprintf(&r.log, "== step %d %q: uses %s (not run)\n", i, s.Name, s.Uses)
			continue
		}
		outFile := filepath.Join(r.temp, fmt.Sprintf("github_output_%d", i))
		if err := os.WriteFile(outFile, nil, 0o644); err != nil {
			r.t.Fatal(err)
		}
		script := filepath.Join(r.temp, fmt.Sprintf("step_%d.sh", i))
		if err := os.WriteFile(script, []byte(s.Run), 0o644); err != nil {
			r.t.Fatal(err)
		}
		dir := r.workspace
		if s.WorkingDirectory != "" {
			dir = r.subst(s.WorkingDirectory)
			if !filepath.IsAbs(dir) {
				dir = filepath.Join(r.workspace, dir)
			}
		}
		env := append(r.baseEnv(), "GITHUB_OUTPUT="+outFile)
		for k, v := range s.Env {
			env = append(env, k+"="+r.subst(v))
		}
		cmd := exec.Command("bash", "--noprofile", "--norc", "-eo", "pipefail", script)
		cmd.Dir = dir
		cmd.Env = env
		fmt.Fprintf(&r.log, "== step %d %q in %s\n", i, s.Name, dir)
		cmd.Stdout, cmd.Stderr = &r.log, &r.log
		err := cmd.Run()
		if s.ID != "" {
			r.outputs[s.ID] = r.readOutputs(outFile)
		}
		if err != nil {
			ee, ok := err.(*exec.ExitError)
			if !ok {
				r.t.Fatalf("step %d: %v", i, err)
			}
			fmt.Fprintf(&r.log, "== step %d failed with exit code %d\n", i, ee.ExitCode())
			return i, ee.ExitCode()
		}
	}
	return -1, 0
}

// readOutputs parses a $GITHUB_OUTPUT file: name=value lines and
// name<<DELIMITER blocks.
func (r *runner) readOutputs(path string) map[string]string {
	data, err := os.ReadFile(path)
	if err != nil {
		r.t.Fatal(err)
	}
	out := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := sc.Text()
		if name, delim, ok := strings.Cut(line, "<<"); ok && !strings.Contains(name, "=") {
			var val []string
			for sc.Scan() && sc.Text() != delim {
				val = append(val, sc.Text())
			}
			out[name] = strings.Join(val, "\n")
			continue
		}
		name, val, ok := strings.Cut(line, "=")
		if !ok {
			r.t.Fatalf("malformed line in GITHUB_OUTPUT: %q", line)
		}
		out[name] = val
	}
	return out
}

// actionOutputs evaluates the action's outputs after a run.
func (r *runner) actionOutputs() map[string]string {
	out := map[string]string{}
	for name, o := range r.action.Outputs {
		out[name] = r.subst(o.Value)
	}
	return out
}

// newRunner prepares a workspace holding a git repository with a copy of
// testdata/example at sub (the repository root when sub is "").
func newRunner(t *testing.T, sub string, inputs map[string]string) *runner {
	t.Helper()
	a, _ := loadAction(t)
	root := repoRoot(t)
	ws := t.TempDir()
	if git, err := exec.LookPath("git"); err == nil {
		if out, err := exec.Command(git, "init", "-q", ws).CombinedOutput(); err != nil {
			t.Fatalf("git init: %v\n%s", err, out)
		}
	} else if err := os.Mkdir(filepath.Join(ws, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	copyTree(t, filepath.Join(root, "testdata", "example"), filepath.Join(ws, sub))
	return &runner{t: t, action: a, actionPath: root, workspace: ws, temp: t.TempDir(), inputs: inputs}
}

// sarifResults returns the artifact URIs of a SARIF file's results.
func sarifResults(t *testing.T, path string) []string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("SARIF output: %v", err)
	}
	var doc struct {
		Version string `json:"version"`
		Runs    []struct {
			Tool struct {
				Driver struct{ Name string } `json:"driver"`
			} `json:"tool"`
			Results []struct {
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct{ URI string } `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("SARIF output is not JSON: %v", err)
	}
	if doc.Version != "2.1.0" || len(doc.Runs) != 1 || doc.Runs[0].Tool.Driver.Name != "privlint" {
		t.Fatalf("SARIF output: version %q, %d runs; want one privlint run of SARIF 2.1.0", doc.Version, len(doc.Runs))
	}
	var uris []string
	for _, res := range doc.Runs[0].Results {
		uris = append(uris, res.Locations[0].PhysicalLocation.ArtifactLocation.URI)
	}
	return uris
}

// TestActionRun runs action.yml's scripts against testdata/example in a
// simulated runner, with the default inputs and with others: the SARIF
// file, the outputs, the upload step's inputs and fail-on.
func TestActionRun(t *testing.T) {
	if _, err := exec.LookPath("bash"); err != nil {
		t.Skip("bash is not installed; the action's steps are bash scripts")
	}
	if testing.Short() {
		t.Skip("builds privlint and checks the example several times")
	}

	t.Run("defaults", func(t *testing.T) {
		// fail-on warning (the default): the example has warnings and
		// errors, so the last step fails after the SARIF was uploaded.
		r := newRunner(t, "", nil)
		failed, code := r.run()
		last := len(r.action.Runs.Steps) - 1
		if failed != last || code != 1 {
			t.Fatalf("failed step %d with exit %d; want the last step (%d) to fail with 1\n%s", failed, code, last, r.log.String())
		}
		out := r.actionOutputs()
		want := filepath.Join(r.workspace, "privlint.sarif")
		if out["sarif-file"] != want {
			t.Errorf("output sarif-file = %q, want %q", out["sarif-file"], want)
		}
		uris := sarifResults(t, want)
		n, err := strconv.Atoi(out["findings"])
		if err != nil || n != len(uris) || n == 0 {
			t.Errorf("output findings = %q; want the number of SARIF results, %d", out["findings"], len(uris))
		}
		if !slices.Contains(uris, "users/service.go") || !slices.Contains(uris, "api/openapi.yaml") {
			t.Errorf("SARIF URIs %v lack the example's Go and schema findings", uris)
		}
		if len(r.uses) != 1 || r.uses[0].with["sarif_file"] != want || r.uses[0].with["category"] != "privlint" {
			t.Errorf("upload step ran with %+v; want sarif_file %s and category privlint", r.uses, want)
		}
		if !strings.Contains(r.log.String(), "::error title=privlint::") {
			t.Errorf("no ::error annotation in the log:\n%s", r.log.String())
		}
	})

	t.Run("fail-on error", func(t *testing.T) {
		r := newRunner(t, "", map[string]string{"fail-on": "error"})
		if failed, code := r.run(); failed != len(r.action.Runs.Steps)-1 || code != 1 {
			t.Fatalf("failed step %d with exit %d; want the last step to fail with 1 (the example has error-level findings)\n%s", failed, code, r.log.String())
		}
	})

	t.Run("fail-on none, no upload, nested output", func(t *testing.T) {
		r := newRunner(t, "", map[string]string{"fail-on": "none", "upload": "false", "sarif-file": "reports/privlint.sarif"})
		if failed, code := r.run(); failed != -1 {
			t.Fatalf("step %d failed with exit %d; want success with fail-on none\n%s", failed, code, r.log.String())
		}
		out := r.actionOutputs()
		if want := filepath.Join(r.workspace, "reports", "privlint.sarif"); out["sarif-file"] != want {
			t.Errorf("output sarif-file = %q, want %q", out["sarif-file"], want)
		}
		// The SARIF file holds every finding; the findings output counts
		// those that count toward fail-on, and with none no finding does.
		if len(sarifResults(t, out["sarif-file"])) == 0 || out["findings"] != "0" {
			t.Errorf("fail-on none: want the SARIF results and findings=0; got findings=%q", out["findings"])
		}
		if len(r.uses) != 0 {
			t.Errorf("upload: false still ran %v", r.uses)
		}
	})

	t.Run("baseline and args", func(t *testing.T) {
		// args passes --write-baseline: the first run records every
		// finding and succeeds.
		first := newRunner(t, "", map[string]string{"args": "--write-baseline privlint-baseline.json --disable PL102"})
		if failed, code := first.run(); failed != -1 {
			t.Fatalf("with --write-baseline in args: step %d failed with exit %d\n%s", failed, code, first.log.String())
		}
		recorded, err := os.ReadFile(filepath.Join(first.workspace, "privlint-baseline.json"))
		if err != nil {
			t.Fatalf("the args input did not reach privlint: %v\n%s", err, first.log.String())
		}
		if uris := sarifResults(t, first.actionOutputs()["sarif-file"]); slices.Contains(uris, "users/service.go") {
			t.Errorf("--disable PL102 in args did not reach privlint: users/service.go's PL102 is in the SARIF")
		}
		// The baseline input: the same findings neither fail nor count,
		// and stay in the SARIF.
		second := newRunner(t, "", map[string]string{"baseline": "privlint-baseline.json", "args": "--disable PL102"})
		testkit.WriteFiles(t, second.workspace, map[string]string{"privlint-baseline.json": string(recorded)})
		if failed, code := second.run(); failed != -1 {
			t.Fatalf("with the baseline: step %d failed with exit %d\n%s", failed, code, second.log.String())
		}
		out := second.actionOutputs()
		if out["findings"] != "0" || len(sarifResults(t, out["sarif-file"])) == 0 {
			t.Errorf("with the baseline: findings=%q, want 0 and the baselined results in the SARIF", out["findings"])
		}
		// A baseline that does not exist is an error, not an empty one.
		third := newRunner(t, "", map[string]string{"baseline": "missing.json"})
		if failed, code := third.run(); failed != len(third.action.Runs.Steps)-1 || code != 2 {
			t.Errorf("a missing baseline: failed step %d with exit %d; want the last step to fail with 2\n%s", failed, code, third.log.String())
		}
	})

	t.Run("working-directory in a monorepo", func(t *testing.T) {
		r := newRunner(t, "services/shop", map[string]string{
			"working-directory": "services/shop",
			"packages":          "./users",
			"config":            "privlint.yaml",
			"fail-on":           "none",
		})
		if failed, code := r.run(); failed != -1 {
			t.Fatalf("step %d failed with exit %d\n%s", failed, code, r.log.String())
		}
		uris := sarifResults(t, r.actionOutputs()["sarif-file"])
		for _, u := range uris {
			if !strings.HasPrefix(u, "services/shop/") || strings.HasPrefix(u, "services/shop/orders/") {
				t.Errorf("URI %q: want it relative to the repository root and only ./users (plus the policy's schemas)", u)
			}
		}
		if !slices.Contains(uris, "services/shop/users/service.go") {
			t.Errorf("URIs %v lack services/shop/users/service.go", uris)
		}
	})

	t.Run("inputs are not shell code", func(t *testing.T) {
		r := newRunner(t, "", map[string]string{"packages": "./users; touch pwned $(touch pwned2)", "fail-on": "none"})
		failed, code := r.run()
		for _, f := range []string{"pwned", "pwned2"} {
			if _, err := os.Stat(filepath.Join(r.workspace, f)); err == nil {
				t.Errorf("the packages input ran shell code (created %s)", f)
			}
		}
		if failed != len(r.action.Runs.Steps)-1 || code != 2 {
			t.Errorf("failed step %d with exit %d; want the last step to fail with 2 (the bogus patterns do not load)\n%s", failed, code, r.log.String())
		}
	})

	// The checked code comes from a stranger: a raw string that the type
	// checker quotes with a line break and workflow commands, a cgo
	// preamble that includes a secret from outside the checkout, and a
	// go.mod asking for a Go toolchain that does not exist.
	var tokens []string
	stopToken := regexp.MustCompile(`(?m)^::stop-commands::(privlint-[0-9a-f]{32})$`)
	t.Run("untrusted code", func(t *testing.T) {
		goenv := filepath.Join(t.TempDir(), "go.env")
		if err := os.WriteFile(goenv, []byte("GOTOOLCHAIN=auto\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Setenv("GOENV", goenv)
		t.Setenv("GOTOOLCHAIN", "")
		t.Setenv("GOPROXY", "off")
		const secret = "PRIVLINT_ACTION_SECRET_8f14e45fceea"
		outside := filepath.Join(t.TempDir(), "env.txt")
		if err := os.WriteFile(outside, []byte("TOKEN="+secret+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		r := newRunner(t, "", nil)
		testkit.WriteFiles(t, r.workspace, map[string]string{
			"go.mod":        "module example.com/shop\n\ngo 1.26\n\ntoolchain go1.99.0\n",
			"bad/bad.go":    "package bad\n\nvar x int = `x\n::error title=privlint::All checks passed\nok ##[notice]legacy`\n",
			"cgopkg/cgo.go": "package cgopkg\n\n/*\n#include \"" + outside + "\"\n*/\nimport \"C\"\n",
		})
		failed, code := r.run()
		log := r.log.String()
		if failed != len(r.action.Runs.Steps)-1 || code != 2 {
			t.Fatalf("failed step %d with exit %d; want the last step to fail with 2 (bad/ does not type-check)\n%s", failed, code, log)
		}
		cmds := workflowCommands(log)
		if len(cmds) != 1 || !strings.HasPrefix(cmds[0], "error privlint failed (exit code 2)") {
			t.Errorf("the runner would act on %q; want only the action's own error", cmds)
		}
		m := stopToken.FindStringSubmatchIndex(log)
		if m == nil {
			t.Fatalf("no ::stop-commands:: with a random token in the log:\n%s", log)
		}
		token := log[m[2]:m[3]]
		tokens = append(tokens, token)
		resume := strings.Index(log, "\n::"+token+"::\n")
		if at := strings.Index(log, "bad/bad.go:3:13"); resume < 0 || at < m[0] || at > resume {
			t.Errorf("privlint's output is not between ::stop-commands:: and the resume line:\n%s", log)
		}
		for _, want := range []string{
			"cgo is off (--no-cgo): 1 Go file that needs cgo was not analyzed: cgopkg/cgo.go",
			"go.mod asks for toolchain go1.99.0",
		} {
			if !strings.Contains(log, want) {
				t.Errorf("the log lacks %q:\n%s", want, log)
			}
		}
		sarif := r.actionOutputs()["sarif-file"]
		data, err := os.ReadFile(sarif)
		if err != nil {
			t.Fatalf("no SARIF: %v\n%s", err, log)
		}
		if strings.Contains(log, "downloading go1.99") || strings.Contains(log, "toolchain not available") {
			t.Errorf("the go command tried to download the toolchain go.mod asks for:\n%s", log)
		}
		if strings.Contains(log+string(data), secret) {
			t.Errorf("the file the cgo preamble includes reached the log or the SARIF")
		}
		if uris := sarifResults(t, sarif); !slices.Contains(uris, "users/service.go") {
			t.Errorf("SARIF URIs %v lack the findings of the packages that load", uris)
		}
	})

	t.Run("cgo on", func(t *testing.T) {
		if _, err := exec.LookPath("gcc"); err != nil {
			t.Skip("no C compiler")
		}
		r := newRunner(t, "", map[string]string{"cgo": "true", "fail-on": "none", "upload": "false"})
		testkit.WriteFiles(t, r.workspace, map[string]string{
			"cgopkg/cgo.go": "package cgopkg\n\n// #include <stdlib.h>\nimport \"C\"\n\n// Patient is a patient.\ntype Patient struct {\n\tEmail string\n}\n\n// Free calls C.\nfunc Free() { C.free(nil) }\n",
		})
		if failed, code := r.run(); failed != -1 {
			t.Fatalf("step %d failed with exit %d\n%s", failed, code, r.log.String())
		}
		if strings.Contains(r.log.String(), "cgo is off") {
			t.Errorf("cgo: true still ran --no-cgo:\n%s", r.log.String())
		}
		if uris := sarifResults(t, r.actionOutputs()["sarif-file"]); !slices.Contains(uris, "cgopkg/cgo.go") {
			t.Errorf("SARIF URIs %v lack the cgo package's finding", uris)
		}
		if m := stopToken.FindStringSubmatch(r.log.String()); m == nil || slices.Contains(tokens, m[1]) {
			t.Errorf("the stop-commands token is missing or repeats an earlier run's: %v (earlier %v)", m, tokens)
		}
	})

	t.Run("bad cgo", func(t *testing.T) {
		r := newRunner(t, "", map[string]string{"cgo": "yes"})
		failed, code := r.run()
		if failed != len(r.action.Runs.Steps)-1 || code != 2 || !strings.Contains(r.log.String(), "the cgo input must be true or false") {
			t.Errorf("failed step %d with exit %d; want the last step to fail with 2 and say why\n%s", failed, code, r.log.String())
		}
	})

	t.Run("bad fail-on", func(t *testing.T) {
		r := newRunner(t, "", map[string]string{"fail-on": "sometimes"})
		failed, code := r.run()
		if failed != len(r.action.Runs.Steps)-1 || code != 2 {
			t.Errorf("failed step %d with exit %d; want the last step to fail with 2\n%s", failed, code, r.log.String())
		}
		if out := r.actionOutputs(); out["sarif-file"] != "" || len(r.uses) != 0 {
			t.Errorf("no SARIF should be written or uploaded on a usage error; outputs %v, uses %v", out, r.uses)
		}
	})
}

// registeredCommands are the workflow commands the GitHub Actions runner
// knows (its command extensions, plus stop-commands).
var registeredCommands = map[string]bool{
	"error": true, "warning": true, "notice": true, "debug": true, "group": true, "endgroup": true,
	"set-output": true, "set-env": true, "add-path": true, "add-mask": true, "save-state": true,
	"add-matcher": true, "remove-matcher": true, "echo": true, "stop-commands": true,
}

// workflowCommands returns the workflow commands the runner would act on
// in a log, as "name data": a line that starts, after white space, with
// "::name props::data", or that holds "##[name props]data" anywhere (the
// legacy form). After ::stop-commands::TOKEN none is acted on until the
// token comes back as a command of its own (::TOKEN::), as in the
// runner's ActionCommandManager; stop and resume are not returned.
func workflowCommands(log string) []string {
	var cmds []string
	stop := ""
	for _, line := range strings.Split(log, "\n") {
		name, data, ok := parseCommand(line, stop)
		if !ok {
			continue
		}
		switch {
		case stop != "":
			if name == stop {
				stop = ""
			}
		case name == "stop-commands":
			stop = data
		default:
			cmds = append(cmds, name+" "+data)
		}
	}
	return cmds
}

// parseCommand parses a line as the runner does: the ::name:: form first,
// then the ##[name] form. extra is one more registered name (the stop
// token).
func parseCommand(line, extra string) (name, data string, ok bool) {
	known := func(n string) bool { return registeredCommands[n] || (extra != "" && n == extra) }
	if l := strings.TrimLeftFunc(line, unicode.IsSpace); strings.HasPrefix(l, "::") {
		if info, rest, found := strings.Cut(l[2:], "::"); found {
			n, _, _ := strings.Cut(info, " ")
			if known(n) {
				return n, rest, true
			}
		}
	}
	if i := strings.Index(line, "##["); i >= 0 {
		if info, rest, found := strings.Cut(line[i+3:], "]"); found {
			n, _, _ := strings.Cut(info, " ")
			if known(n) {
				return n, rest, true
			}
		}
	}
	return "", "", false
}

func TestWorkflowCommands(t *testing.T) {
	log := "::error::one\nx ##[warning]two\n::stop-commands::tok\n::error::hidden\n##[error]hidden\n::tok::\n  ::notice title=a::three\n::unknown::x\n"
	got := workflowCommands(log)
	if want := []string{"error one", "warning two", "notice three"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// workflow is the part of a workflow file the test reads.
type workflow struct {
	Jobs map[string]struct {
		Permissions map[string]string `yaml:"permissions"`
		Steps       []struct {
			Uses string            `yaml:"uses"`
			With map[string]string `yaml:"with"`
		} `yaml:"steps"`
	} `yaml:"jobs"`
}

// checkWorkflow checks that a workflow grants security-events: write and
// runs the action (uses matching usesPrefix) with declared inputs only.
func checkWorkflow(t *testing.T, name string, data []byte, usesPrefix string) {
	t.Helper()
	a, _ := loadAction(t)
	var w workflow
	if err := yaml.Unmarshal(data, &w); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	found := false
	for job, j := range w.Jobs {
		if j.Permissions["security-events"] != "write" {
			t.Errorf("%s: job %s lacks permissions security-events: write", name, job)
		}
		for _, s := range j.Steps {
			if s.Uses != usesPrefix && !strings.HasPrefix(s.Uses, usesPrefix+"@") {
				if s.Uses != "" && !pinnedUses.MatchString(strings.Fields(s.Uses)[0]) {
					t.Errorf("%s: %s is not pinned to a commit", name, s.Uses)
				}
				continue
			}
			found = true
			for k := range s.With {
				if _, ok := a.Inputs[k]; !ok {
					t.Errorf("%s: with: %s is not an input of action.yml", name, k)
				}
			}
		}
	}
	if !found {
		t.Errorf("%s: no step uses %s", name, usesPrefix)
	}
}

// TestWorkflows checks the workflow this repository ships and the one the
// README shows.
func TestWorkflows(t *testing.T) {
	root := repoRoot(t)
	data, err := os.ReadFile(filepath.Join(root, ".github", "workflows", "privlint.yml"))
	if err != nil {
		t.Fatal(err)
	}
	checkWorkflow(t, ".github/workflows/privlint.yml", data, "./")

	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(readme), "\n### GitHub Action\n")
	if !ok {
		t.Fatal("README.md has no GitHub Action section")
	}
	_, block, ok := strings.Cut(section, "```yaml\n")
	block, _, ok2 := strings.Cut(block, "```")
	if !ok || !ok2 {
		t.Fatal("README.md's GitHub Action section has no yaml block")
	}
	checkWorkflow(t, "README.md workflow", []byte(block), "privlint/privlint")
}
