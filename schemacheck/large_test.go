package schemacheck

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"

	"github.com/privlint/privlint/finding"
)

// genOpenAPI writes an OpenAPI 3.0 document with n resources, each a path
// item with four operations (get, post, put, delete) and a component
// schema, and returns the expected number of findings per rule, computed
// from the construction:
//   - every get has an `email` query parameter under x-purpose account
//     (allowed): one PL104 each;
//   - component Rec{i} has the personal properties email, firstName and ssn
//     (and the non-personal id, note, emailVerified, fileName); its
//     x-purpose is account when i%3 == 0 (ssn is not allowed: one PL003),
//     none when i%3 == 1 (three PL001) and the undefined "ghost" when
//     i%3 == 2 (three PL002);
//   - the post request bodies $ref the components and add nothing.
func genOpenAPI(n int) ([]byte, map[string]int) {
	var b strings.Builder
	want := map[string]int{}
	b.WriteString("openapi: 3.0.3\ninfo: {title: Generated, version: \"1\"}\npaths:\n")
	for i := range n {
		fmt.Fprintf(&b, "  /r%d/{id}:\n    x-purpose: account\n    parameters:\n      - {name: id, in: path, required: true, schema: {type: string}}\n", i)
		fmt.Fprintf(&b, "    get:\n      operationId: listR%d\n      parameters:\n        - {name: email, in: query, schema: {type: string, format: email}}\n        - {name: limit, in: query, schema: {type: integer}}\n      responses:\n        \"200\":\n          description: ok\n          content:\n            application/json:\n              schema: {type: array, items: {$ref: '#/components/schemas/Rec%d'}}\n", i, i)
		want["PL104"]++
		fmt.Fprintf(&b, "    post:\n      operationId: createR%d\n      requestBody:\n        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Rec%d'}\n      responses:\n        \"201\": {description: created}\n", i, i)
		fmt.Fprintf(&b, "    put:\n      parameters:\n        - {name: X-Trace, in: header, schema: {type: string}}\n      responses:\n        \"204\": {description: done}\n")
		fmt.Fprintf(&b, "    delete:\n      responses:\n        \"204\": {description: gone}\n")
	}
	b.WriteString("components:\n  schemas:\n")
	for i := range n {
		fmt.Fprintf(&b, "    Rec%d:\n      type: object\n", i)
		switch i % 3 {
		case 0:
			b.WriteString("      x-purpose: account\n")
			want["PL003"]++
		case 1:
			want["PL001"] += 3
		case 2:
			b.WriteString("      x-purpose: ghost\n")
			want["PL002"] += 3
		}
		b.WriteString("      properties:\n        id: {type: string}\n        email: {type: string, format: email}\n        firstName: {type: string}\n        ssn: {type: string}\n        note: {type: string}\n        emailVerified: {type: boolean}\n        fileName: {type: string}\n")
	}
	return []byte(b.String()), want
}

// genJSONSchema writes a JSON Schema (draft 2020-12) marked x-storage with
// x-purpose account and 6*n properties, and the expected findings:
// for each k, email_k and first_name_k are allowed and not sensitive,
// note_k and count_k are not personal, iban_k is not allowed (PL003) and,
// unless k is even (x-encrypted: true), stored unencrypted (PL101); ssn_k
// is not allowed (PL003) and stored unencrypted (PL101).
func genJSONSchema(n int) ([]byte, map[string]int) {
	var b strings.Builder
	want := map[string]int{}
	b.WriteString(`{"$schema": "https://json-schema.org/draft/2020-12/schema", "title": "Warehouse", "type": "object", "x-storage": true, "x-purpose": "account", "properties": {` + "\n")
	for k := range n {
		if k > 0 {
			b.WriteString(",\n")
		}
		enc := ""
		if k%2 == 0 {
			enc = `, "x-encrypted": true`
		} else {
			want["PL101"]++
		}
		fmt.Fprintf(&b, `  "email_%d": {"type": "string", "format": "email"},`+"\n", k)
		fmt.Fprintf(&b, `  "first_name_%d": {"type": "string", "maxLength": 100},`+"\n", k)
		fmt.Fprintf(&b, `  "note_%d": {"type": "string", "description": "free text"},`+"\n", k)
		fmt.Fprintf(&b, `  "count_%d": {"type": "integer", "minimum": 0},`+"\n", k)
		fmt.Fprintf(&b, `  "iban_%d": {"type": "string"%s},`+"\n", k, enc)
		fmt.Fprintf(&b, `  "ssn_%d": {"type": "string"}`, k)
		want["PL003"] += 2
		want["PL101"]++
	}
	b.WriteString("\n}}\n")
	return []byte(b.String()), want
}

// yamlToJSON re-encodes a YAML document as JSON.
func yamlToJSON(t testing.TB, data []byte) []byte {
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	out, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func countRules(fs []*finding.Finding) map[string]int {
	m := map[string]int{}
	for _, f := range fs {
		m[f.RuleID]++
	}
	return m
}

func sameCounts(a, b map[string]int) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// writeTemp writes data to dir/name, creating its directories, and
// returns the path.
func writeTemp(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLargeOpenAPI(t *testing.T) {
	const n = 130 // 520 operations
	data, want := genOpenAPI(n)
	dir := t.TempDir()
	for name, body := range map[string][]byte{"big.yaml": data, "big.json": yamlToJSON(t, data)} {
		fs, errs := Check([]string{writeTemp(t, dir, name, body)}, Options{Policy: testPolicy(t)})
		if len(errs) > 0 {
			t.Fatalf("%s: errors: %v", name, errs[:min(len(errs), 5)])
		}
		if got := countRules(fs); !sameCounts(got, want) {
			t.Errorf("%s: findings per rule = %v, want %v", name, got, want)
		}
	}
}

func TestLargeJSONSchema(t *testing.T) {
	const n = 350 // 2,100 properties
	data, want := genJSONSchema(n)
	fs, errs := Check([]string{writeTemp(t, t.TempDir(), "big.json", data)}, Options{Policy: testPolicy(t)})
	if len(errs) > 0 {
		t.Fatalf("errors: %v", errs[:min(len(errs), 5)])
	}
	if got := countRules(fs); !sameCounts(got, want) {
		t.Errorf("findings per rule = %v, want %v", got, want)
	}
}

// BenchmarkCheck measures Check on the large generated documents; run
// with -cpu 1 for the single-core figure.
func BenchmarkCheck(b *testing.B) {
	pol := testPolicy(b)
	dir := b.TempDir()
	oa, _ := genOpenAPI(130)
	js, _ := genJSONSchema(350)
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"openapi.yaml", oa},
		{"openapi.json", yamlToJSON(b, oa)},
		{"schema.json", js},
	} {
		path := writeTemp(b, dir, c.name, c.data)
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, errs := Check([]string{path}, Options{Policy: pol}); len(errs) > 0 {
					b.Fatal(errs[0])
				}
			}
		})
	}
}

// BenchmarkParse measures parsing alone (no walk, no classification), to
// separate the parser's share from Check's: YAML is parsed by yaml.v3,
// JSON by this package's parser.
func BenchmarkParse(b *testing.B) {
	oa, _ := genOpenAPI(130)
	js, _ := genJSONSchema(350)
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"openapi.yaml", oa},
		{"openapi.json", yamlToJSON(b, oa)},
		{"schema.json", js},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := parseDocument(c.name, c.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// cpuMeter adds up the process's CPU time over the parts of a benchmark
// it is started and stopped around. With -cpu 1 that is the time of the
// one core the benchmark runs on, whatever else shares the machine.
type cpuMeter struct {
	total, at time.Duration
	ok        bool
}

func (m *cpuMeter) start() { m.at, m.ok = processCPU() }

func (m *cpuMeter) stop() {
	t, ok := processCPU()
	if !ok || !m.ok {
		m.ok = false
		return
	}
	m.total += t - m.at
}

// report reports MB/cpu-s: n runs over size bytes per CPU second.
func (m *cpuMeter) report(b *testing.B, n int, size int) {
	if m.ok && m.total > 0 && n > 0 {
		b.ReportMetric(float64(size)*float64(n)/1e6/m.total.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkLargeSchemas measures Check on generated documents of several
// megabytes, where building the classifier (once per run) no longer
// counts: MB/s is the throughput of the parser, the walk and the judge
// (on one core with -cpu 1), MB/cpu-s the same per second of the
// process's CPU time, steadier when other jobs share the machine.
//
// On YAML, x-yaml.v3 compares Check with yaml.v3's own decode of the same
// bytes: yaml.Unmarshal(data, &node) into a yaml.Node, which parses the
// document and builds its node tree with lines and columns and nothing
// more. That is the least any reader built on yaml.v3 does that reports
// positions, and Check's reader does exactly it (through yaml.NewDecoder,
// to refuse a second document), then checks the limits, walks the tree,
// classifies and judges. Each iteration runs that decode (not timed as
// Check) beside Check; x-yaml.v3 is Check's CPU time over the decode's,
// summed over the iterations, and decode-MB/cpu-s the decode's own
// throughput.
func BenchmarkLargeSchemas(b *testing.B) {
	pol := testPolicy(b)
	dir := b.TempDir()
	oa, _ := genOpenAPI(4000)
	js, _ := genJSONSchema(25000)
	for _, c := range []struct {
		name string
		data []byte
	}{
		{"openapi.json", yamlToJSON(b, oa)},
		{"schema.json", js},
		{"openapi.yaml", oa},
	} {
		path := writeTemp(b, dir, c.name, c.data)
		yamlFile := strings.HasSuffix(c.name, ".yaml")
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.data)))
			b.ReportAllocs()
			var check, decode cpuMeter
			n := 0
			for b.Loop() {
				if yamlFile {
					b.StopTimer()
					decode.start()
					var doc yaml.Node
					if err := yaml.Unmarshal(c.data, &doc); err != nil {
						b.Fatal(err)
					}
					decode.stop()
					b.StartTimer()
				}
				check.start()
				fs, errs := Check([]string{path}, Options{Policy: pol})
				check.stop()
				if len(errs) > 0 || len(fs) == 0 {
					b.Fatalf("%d findings, errors %v", len(fs), errs)
				}
				n++
			}
			check.report(b, n, len(c.data))
			if yamlFile && check.ok && decode.ok && decode.total > 0 {
				b.ReportMetric(check.total.Seconds()/decode.total.Seconds(), "x-yaml.v3")
				b.ReportMetric(float64(len(c.data))*float64(n)/1e6/decode.total.Seconds(), "decode-MB/cpu-s")
			}
		})
	}
}
