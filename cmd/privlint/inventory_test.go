package main_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// TestInventoryExample compares privlint inventory on the example with the
// golden files (Markdown and JSON), checks that it is deterministic, that
// the JSON validates against the shipped schema, and that the README shows
// the Markdown.
func TestInventoryExample(t *testing.T) {
	dir := exampleDir(t)
	md := runIn(t, dir, nil, privlint, "inventory", "--format", "markdown")
	if md.code != 0 {
		t.Fatalf("exit code %d; stderr:\n%s", md.code, md.stderr)
	}
	golden(t, "inventory.md", md.stdout)
	again := runIn(t, dir, nil, privlint, "inventory", "./...")
	if again.stdout != md.stdout {
		t.Error("two runs differ (the default format is markdown)")
	}
	js := runIn(t, dir, nil, privlint, "inventory", "--format", "json")
	if js.code != 0 {
		t.Fatalf("json: exit code %d; stderr:\n%s", js.code, js.stderr)
	}
	golden(t, "inventory.json", js.stdout)

	schemaData, err := os.ReadFile(filepath.Join("..", "..", "internal", "inventory", "inventory.schema.json"))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	if err := c.AddResource("inventory.schema.json", bytes.NewReader(schemaData)); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("inventory.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var doc any
	if err := json.Unmarshal([]byte(js.stdout), &doc); err != nil {
		t.Fatal(err)
	}
	if err := sch.Validate(doc); err != nil {
		t.Errorf("the example's inventory does not validate: %v", err)
	}

	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	// The README shows the record trimmed: its head up to the first
	// purpose's table must appear verbatim.
	head, _, _ := strings.Cut(md.stdout, "\n### billing")
	if !strings.Contains(string(readme), head) {
		t.Errorf("README.md does not show the example's inventory; paste the head of testdata/inventory.md (up to ### billing) into its Record of processing section")
	}

	out := filepath.Join(t.TempDir(), "ropa.md")
	r := runIn(t, dir, nil, privlint, "inventory", "--output", out)
	if data, err := os.ReadFile(out); r.code != 0 || err != nil || string(data) != md.stdout {
		t.Errorf("--output: exit %d, err %v", r.code, err)
	}
	bad := runIn(t, dir, nil, privlint, "inventory", "--format", "yaml")
	if bad.code != 2 || !strings.Contains(bad.stderr, "markdown, json") {
		t.Errorf("--format yaml: exit %d, stderr %q", bad.code, bad.stderr)
	}
}
