package main_test

import (
	"os/exec"
	"testing"
)

// BenchmarkExample measures privlint check on the example module against
// plain go vet on the same packages, in the same run, so their ratio can be
// reported without trusting absolute times. Both are whole processes, as a
// user runs them; go vet's results come from its cache after the first
// iteration, privlint check has no cache.
func BenchmarkExample(b *testing.B) {
	dir, err := exampleDirB()
	if err != nil {
		b.Fatal(err)
	}
	cases := []struct {
		name string
		cmd  []string
	}{
		{"privlint-check", []string{privlint, "check", "--fail-on", "none", "./..."}},
		{"go-vet", []string{"go", "vet", "./..."}},
		{"go-vet-vettool", []string{"go", "vet", "-vettool=" + privlint, "./..."}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				cmd := exec.Command(c.cmd[0], c.cmd[1:]...)
				cmd.Dir = dir
				// go vet with privlint exits 1 on findings; only a crash matters here.
				if out, err := cmd.CombinedOutput(); err != nil && cmd.ProcessState.ExitCode() != 1 {
					b.Fatalf("%v: %v\n%s", c.cmd, err, out)
				}
			}
		})
	}
}
