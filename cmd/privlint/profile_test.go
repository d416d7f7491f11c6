package main_test

import (
	"os"
	"path/filepath"
	"testing"
)

// TestProfiles checks --cpuprofile and --memprofile write non-empty
// profiles, and that an unwritable profile path is an error (exit 2).
func TestProfiles(t *testing.T) {
	tmp := t.TempDir()
	cpu, mem := filepath.Join(tmp, "cpu.prof"), filepath.Join(tmp, "mem.prof")
	r := runIn(t, exampleDir(t), nil, privlint, "check", "--cpuprofile", cpu, "--memprofile", mem, "./users")
	if r.code != 1 {
		t.Fatalf("exit %d, want 1 (findings)\n%s", r.code, r.stderr)
	}
	for _, p := range []string{cpu, mem} {
		if st, err := os.Stat(p); err != nil || st.Size() == 0 {
			t.Errorf("%s: %v (size %v)", filepath.Base(p), err, st)
		}
	}
	r = runIn(t, exampleDir(t), nil, privlint, "check", "--cpuprofile", filepath.Join(tmp, "no", "cpu.prof"), "./users")
	if r.code != 2 {
		t.Errorf("unwritable --cpuprofile: exit %d, want 2\n%s", r.code, r.stderr)
	}
}
