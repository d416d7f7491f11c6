package main_test

import (
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestDeterministicAcrossGOMAXPROCS: the same input gives byte-identical
// output whatever the parallelism.
func TestDeterministicAcrossGOMAXPROCS(t *testing.T) {
	dir := exampleDir(t)
	var first string
	for _, procs := range []string{"1", "8"} {
		r := runIn(t, dir, []string{"GOMAXPROCS=" + procs}, privlint, "check", "--format", "sarif", "--include-suppressed")
		if r.stdout == "" {
			t.Fatalf("GOMAXPROCS=%s: empty output; stderr:\n%s", procs, r.stderr)
		}
		if first == "" {
			first = r.stdout
		} else if r.stdout != first {
			t.Errorf("SARIF differs between GOMAXPROCS=1 and GOMAXPROCS=%s", procs)
		}
	}
}

// TestNoNetwork runs privlint on schemas with remote $refs and a policy
// full of URLs, with every proxy variable pointing at a local listener:
// privlint must not connect anywhere, and must say the remote references
// are unresolved.
func TestNoNetwork(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	var conns atomic.Int32
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			conns.Add(1)
			c.Close()
		}
	}()
	proxy := "http://" + ln.Addr().String()

	dir := t.TempDir()
	files := map[string]string{
		".git/HEAD": "ref: refs/heads/main\n",
		"privlint.yaml": `version: 1
organization:
  controller: {name: "Example (https://example.com/about)", email: privacy@example.com}
purposes:
  account:
    description: "See https://example.com/privacy and http://example.org/dpa.json"
    legal_basis: contract
    categories: [user.contact.email]
third_parties:
  remote:
    dpa: true
    purposes: [account]
    hosts: ["api.example.com", "*.example.net"]
    packages: ["example.com/sdk/..."]
schemas: ["schemas/*.json"]
`,
		"schemas/user.schema.json": `{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "https://schemas.example.com/user.json",
  "type": "object",
  "x-purpose": "account",
  "properties": {
    "email": {"type": "string", "format": "email"},
    "address": {"$ref": "https://schemas.example.com/address.json"},
    "phone": {"$ref": "http://schemas.example.com/phone.json#/definitions/phone"}
  }
}`,
		"api.yaml": `openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /users:
    get:
      parameters:
        - $ref: "https://api.example.com/params.yaml#/email"
      responses: {"200": {description: ok}}
`,
	}
	for name, body := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	env := []string{"HTTP_PROXY=" + proxy, "HTTPS_PROXY=" + proxy, "ALL_PROXY=" + proxy,
		"http_proxy=" + proxy, "https_proxy=" + proxy, "NO_PROXY=", "no_proxy="}
	r := runIn(t, dir, env, privlint, "check", "api.yaml")
	if n := conns.Load(); n != 0 {
		t.Fatalf("privlint opened %d connection(s) through the proxy", n)
	}
	if r.code != 2 {
		t.Errorf("exit code %d, want 2 (unresolved remote references are errors)", r.code)
	}
	if got := strings.Count(r.stdout+r.stderr, "unresolved"); got < 3 {
		t.Errorf("want the 3 remote references reported as unresolved, got %d mentions:\n%s%s", got, r.stdout, r.stderr)
	}
}

// TestVetBadPolicy: under go vet, a broken policy fails every run with its
// file and line; it is never cached away as a success.
func TestVetBadPolicy(t *testing.T) {
	dir := copyExample(t)
	if err := os.WriteFile(filepath.Join(dir, "privlint.yaml"), []byte("version: 1\npurposes:\n  billing:\n    legal_basis: contrat\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for run := 1; run <= 2; run++ {
		r := runIn(t, dir, nil, "go", "vet", "-vettool="+privlint, "./users")
		if r.code == 0 {
			t.Errorf("run %d: go vet exited 0 with a broken policy", run)
		}
		if !strings.Contains(r.stderr, `privlint.yaml:4: purposes.billing.legal_basis: "contrat"`) {
			t.Errorf("run %d: stderr does not name the policy's line:\n%s", run, r.stderr)
		}
	}
}
