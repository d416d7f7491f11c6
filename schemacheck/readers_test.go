package schemacheck

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/privlint/privlint/rules/policy"
)

// fuzzReader feeds arbitrary bytes, seeded with the testdata files seeds,
// to the reader of the kind that file name selects: it must not panic or
// loop, and every finding and error must carry a position in the file.
func fuzzReader(f *testing.F, name string, seeds ...string) {
	for _, seed := range seeds {
		data, err := os.ReadFile(filepath.Join("testdata", seed))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	small := fuzzPolicy(f)
	dir := f.TempDir()
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		fs, errs := Check([]string{path}, Options{Policy: small})
		for _, e := range errs {
			if e.File == "" || e.Line < 1 && !strings.Contains(e.Message, "larger than") {
				t.Errorf("error without a place: %v", e)
			}
			if strings.HasPrefix(e.Message, "internal error") {
				t.Fatalf("internal error: %s", e.Message)
			}
		}
		for _, x := range fs {
			if x.Pos.Line < 1 || x.Pos.Column < 1 || x.Pos.File == "" {
				t.Errorf("finding without a position: %+v", x)
			}
		}
	})
}

// benchReader measures the reader that file name selects, and the judge,
// on data (b.SetBytes: MB/s is its throughput; MB/cpu-s the same per
// second of the process's CPU time).
func benchReader(b *testing.B, name string, data []byte) {
	path := filepath.Join(b.TempDir(), name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		b.Fatal(err)
	}
	pol, err := policy.Load(filepath.Join("testdata", "privlint.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	var cpu cpuMeter
	b.ResetTimer()
	cpu.start()
	for i := 0; i < b.N; i++ {
		fs, errs := Check([]string{path}, Options{Policy: pol})
		if len(errs) != 0 || len(fs) == 0 {
			b.Fatalf("%d findings, errors %v", len(fs), errs)
		}
	}
	cpu.stop()
	cpu.report(b, b.N, len(data))
}

// hostileCase is a malformed file of a reader's kind and the error it
// must give: at line, with a message containing want.
type hostileCase struct {
	name, src string
	line      int
	want      string
}

// checkHostile checks each case as file name: the (first, or with only the
// one) error names the file and the line and says want, never a panic or a
// silent pass.
func checkHostile(t *testing.T, pol *policy.Policy, name string, only bool, cases []hostileCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, errs := checkOne(t, pol, name, c.src)
			if len(errs) == 0 || only && len(errs) != 1 || errs[0].Line != c.line || !strings.Contains(errs[0].Message, c.want) || !strings.HasSuffix(errs[0].File, name) {
				t.Fatalf("errors = %v; want one (only %v) at line %d saying %q", errs, only, c.line, c.want)
			}
		})
	}
}
