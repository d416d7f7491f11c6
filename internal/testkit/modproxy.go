package testkit

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/mod/module"
	"golang.org/x/mod/zip"
)

// ProxyModule is one module version a ModuleProxy serves: its files by
// slash-separated name (go.mod included).
type ProxyModule struct {
	Path, Version string
	Files         map[string]string
}

// ModuleProxy writes mods as a file:// module proxy under dir and returns
// the environment a go command needs to download from it and from nothing
// else: GOPROXY pointing at it, no checksum database, -mod=mod (the go.sum
// is written on the way), and a module cache of its own under dir (made
// writable, so that the test's directory can be removed), so that the
// machine's module cache never sees these modules.
func ModuleProxy(t testing.TB, dir string, mods ...ProxyModule) []string {
	t.Helper()
	proxy := filepath.Join(dir, "proxy")
	versions := map[string][]string{}
	for _, m := range mods {
		src := filepath.Join(dir, "src", m.Path+"@"+m.Version)
		WriteFiles(t, src, m.Files)
		esc, err := module.EscapePath(m.Path)
		if err != nil {
			t.Fatalf("module path %s: %v", m.Path, err)
		}
		at := filepath.Join(proxy, filepath.FromSlash(esc), "@v")
		if err := os.MkdirAll(at, 0o755); err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := zip.CreateFromDir(&buf, module.Version{Path: m.Path, Version: m.Version}, src); err != nil {
			t.Fatalf("zipping %s@%s: %v", m.Path, m.Version, err)
		}
		files := map[string]string{
			m.Version + ".zip":  buf.String(),
			m.Version + ".mod":  m.Files["go.mod"],
			m.Version + ".info": `{"Version":"` + m.Version + `","Time":"2024-01-01T00:00:00Z"}` + "\n",
		}
		WriteFiles(t, at, files)
		versions[at] = append(versions[at], m.Version)
	}
	for at, vs := range versions {
		slices.Sort(vs)
		WriteFiles(t, at, map[string]string{"list": strings.Join(vs, "\n") + "\n"})
	}
	return []string{
		"GOPROXY=file://" + filepath.ToSlash(proxy),
		"GOSUMDB=off",
		"GONOSUMDB=",
		"GOPRIVATE=",
		"GOFLAGS=-mod=mod -modcacherw",
		"GOMODCACHE=" + filepath.Join(dir, "modcache"),
		"GOWORK=off",
	}
}
