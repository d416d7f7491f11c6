//go:build !unix

package main

import "os"

// peakRSS returns 0: the peak RSS is only measured on Unix systems.
func peakRSS(*os.ProcessState) int64 { return 0 }
