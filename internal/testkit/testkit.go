// Package testkit holds the helpers privlint's tests share: writing and
// copying file trees, a proxy that counts connection attempts, and the
// validation of Fides manifests. It is
// imported only by tests.
package testkit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"sync/atomic"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"gopkg.in/yaml.v3"

	"github.com/privlint/privlint/rules/policy"
)

// WriteFiles writes each name → content under dir, creating directories.
func WriteFiles(t testing.TB, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// CopyTree copies the directory tree src into dst (regular files and
// directories; permissions are not kept).
func CopyTree(t testing.TB, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, path)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, data, 0o644)
	})
	if err != nil {
		t.Fatalf("copying %s: %v", src, err)
	}
}

// Proxy is a local listener that accepts and counts connections: point
// the proxy environment variables at it to prove nothing reaches the
// network.
type Proxy struct {
	URL   string // http://127.0.0.1:port
	conns atomic.Int32
}

// NewProxy starts a Proxy that stops when the test ends.
func NewProxy(t testing.TB) *Proxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	p := &Proxy{URL: "http://" + ln.Addr().String()}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			p.conns.Add(1)
			c.Close()
		}
	}()
	return p
}

// Connections returns how many connections were attempted so far.
func (p *Proxy) Connections() int { return int(p.conns.Load()) }

// Env returns the proxy variables pointing at p, for a child process.
func (p *Proxy) Env() []string {
	return []string{"HTTP_PROXY=" + p.URL, "HTTPS_PROXY=" + p.URL, "ALL_PROXY=" + p.URL,
		"http_proxy=" + p.URL, "https_proxy=" + p.URL, "all_proxy=" + p.URL, "NO_PROXY=", "no_proxy="}
}

// ValidateFides validates a Fides manifest (YAML) against the fideslang
// schema privlint embeds (policy.FidesSchemaJSON), compiled here on its own
// with every URL load refused, as NOTES §7 recipes the SARIF check.
func ValidateFides(t testing.TB, data []byte) error {
	t.Helper()
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.LoadURL = func(u string) (io.ReadCloser, error) { return nil, fmt.Errorf("no loading %s", u) }
	if err := c.AddResource(policy.FidesSchemaURL, bytes.NewReader(policy.FidesSchemaJSON)); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(policy.FidesSchemaURL)
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return fmt.Errorf("not YAML: %w", err)
	}
	js, err := json.Marshal(doc)
	if err != nil {
		return fmt.Errorf("not JSON-compatible: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(js))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	return sch.Validate(v)
}
