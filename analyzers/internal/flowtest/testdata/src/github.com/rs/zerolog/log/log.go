// Package log is a stand-in for github.com/rs/zerolog/log.
package log

import "github.com/rs/zerolog"

var Logger zerolog.Logger

func Info() *zerolog.Event  { return Logger.Info() }
func Error() *zerolog.Event { return Logger.Info() }
