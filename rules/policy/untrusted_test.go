package policy

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privlint/privlint/rules/safefile"
)

// secret stands for a credential that a hostile policy file might hold or
// point to.
const secret = "ghp_S3CRETt0ken0123456789"

// TestStructuralErrorsHideValues is issue 21 item 1(a): a structural error
// (a value of the wrong type) says the type and the line, never the value.
func TestStructuralErrorsHideValues(t *testing.T) {
	for name, src := range map[string]string{
		"document":      "https://user:" + secret + "@github.com\n",
		"quoted":        "\"" + secret + "\"\n",
		"version":       "version: " + secret + "\n",
		"purposes":      "version: 1\npurposes: " + secret + "\n",
		"schemas":       "version: 1\nschemas: " + secret + "\n",
		"dpa":           "version: 1\nthird_parties:\n  s: {dpa: " + secret + "}\n",
		"organization":  "version: 1\norganization: " + secret + "\n",
		"limits":        "version: 1\nlimits: {max_depth: " + secret + "}\n",
		"list of lists": "version: 1\ninternal_hosts: [[" + secret + "]]\n",
		"env file":      "TOKEN=" + secret + "\nOTHER=x\n",
	} {
		_, err := Parse("privlint.yaml", []byte(src))
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if strings.Contains(err.Error(), secret) || strings.Contains(err.Error(), "S3CRET") {
			t.Errorf("%s: the error quotes the value: %v", name, err)
		}
		if !strings.HasPrefix(err.Error(), "privlint.yaml:") {
			t.Errorf("%s: the error does not name the file and line: %v", name, err)
		}
	}
}

// TestGlobsStayInside is issue 21 item 6: a schemas: or exclude: glob that
// is absolute or climbs out with ".." is an error at its line.
func TestGlobsStayInside(t *testing.T) {
	for _, g := range []string{"../other/*.json", "/etc/*.json", "api/../../x.json", "..", "api/**/../../../y.yaml"} {
		for _, key := range []string{"schemas", "exclude"} {
			_, err := Parse("privlint.yaml", []byte("version: 1\n"+key+":\n  - ok/*.json\n  - \""+g+"\"\n"))
			var e *Error
			if !errors.As(err, &e) || e.Line != 4 || e.Key != key+"[1]" || !strings.Contains(e.Msg, "stays inside") {
				t.Errorf("%s: %q: error %v; want one at line 4, key %s[1]", key, g, err, key)
			}
		}
	}
	for _, g := range []string{"**", "**/*.json", "./api/*.yaml", "a..b/*.json", "..x/y.json"} {
		if _, err := Parse("privlint.yaml", []byte("version: 1\nschemas: [\""+g+"\"]\nexclude: [\""+g+"\"]\n")); err != nil {
			t.Errorf("%q refused: %v", g, err)
		}
	}
}

// TestLoadInRefusesLinksOut is issue 21 item 1(b): a policy inside the
// repository that is a link to a file outside it is refused, naming the
// link; links inside the repository and files named outside it load.
func TestLoadInRefusesLinksOut(t *testing.T) {
	repo := t.TempDir()
	writeFile(t, filepath.Join(repo, ".git", "HEAD"), "ref: refs/heads/main\n")
	writeFile(t, filepath.Join(repo, "conf", "real.yaml"), "version: 1\n")
	outside := filepath.Join(t.TempDir(), "credentials")
	writeFile(t, outside, "https://user:"+secret+"@github.com\n")
	link := filepath.Join(repo, "privlint.yaml")
	if err := os.Symlink(outside, link); err != nil {
		t.Skipf("symbolic links: %v", err)
	}
	_, err := LoadIn(link, repo)
	if !errors.Is(err, safefile.ErrOutsideRoot) || !strings.Contains(err.Error(), link) || strings.Contains(err.Error(), secret) {
		t.Errorf("LoadIn(link out) = %v; want a refusal naming %s", err, link)
	}
	// A link into a linked directory leads out too.
	if err := os.Symlink(filepath.Dir(outside), filepath.Join(repo, "linked")); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadIn(filepath.Join(repo, "linked", "credentials"), repo); !errors.Is(err, safefile.ErrOutsideRoot) {
		t.Errorf("LoadIn(through a linked directory) = %v; want a refusal", err)
	}

	inside := filepath.Join(repo, "inside.yaml")
	if err := os.Symlink(filepath.Join("conf", "real.yaml"), inside); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadIn(inside, repo); err != nil {
		t.Errorf("LoadIn(link inside) = %v", err)
	}
	// Named explicitly outside the repository: read; its error hides the value.
	_, err = LoadIn(outside, repo)
	var e *Error
	if !errors.As(err, &e) || e.Msg != "expected a mapping, got a string" {
		t.Errorf("LoadIn(outside) = %v; want the type error", err)
	}
	if _, err := Load(filepath.Dir(outside)); !errors.Is(err, safefile.ErrNotRegular) {
		t.Errorf("Load(a directory) = %v; want ErrNotRegular", err)
	}
}
