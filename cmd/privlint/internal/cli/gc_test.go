package cli

import (
	"runtime/debug"
	"testing"
)

// TestTuneGC checks that privlint check's collector target applies only
// while it runs and only when the GOGC environment variable sets none.
func TestTuneGC(t *testing.T) {
	orig := debug.SetGCPercent(100)
	defer debug.SetGCPercent(orig)

	restore := tuneGC()
	if got := debug.SetGCPercent(checkGCPercent); got != checkGCPercent {
		t.Errorf("GOGC unset: target %d during the run, want %d", got, checkGCPercent)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC unset: target %d after the run, want it restored to 100", got)
	}

	t.Setenv("GOGC", "100")
	restore = tuneGC()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GOGC=100: target %d during the run, want the environment's 100", got)
	}
	restore()
}
