// Package logging reproduces the shape of zinc's leveled log helpers.
package logging

import "log"

// InfoLog logs at info level.
func InfoLog(format string, args ...interface{}) { log.Printf("INFO "+format, args...) }

// WarnLog logs at warning level.
func WarnLog(format string, args ...interface{}) { log.Printf("WARN "+format, args...) }
