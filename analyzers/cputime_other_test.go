//go:build !unix

package analyzers_test

import "time"

// cpuTime returns the CPU time the process has used: 0, unknown here.
func cpuTime() time.Duration { return 0 }
