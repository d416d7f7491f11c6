// Package logleak defines an Analyzer that reports personal data written to
// logs or to standard output and error.
//
// # Analyzer logleak
//
// logleak: report PL102 log-leak
//
// It reports, at the logging call, each personal-data field (or
// personal-data parameter or request input) that the flow analyzer follows
// into a log sink: log, log/slog, fmt printing, fmt.Fprint* to os.Stdout or
// os.Stderr, zap, logrus, zerolog, logr, klog and the policy's sinks.log.
// Whole structs count for each of their personal-data fields unless the
// type formats itself (String, LogValue, MarshalLogObject). Values that
// passed an encryption function are not reported, and neither is a string
// or URL that says where a photo or a scan lies (an avatar's storage key,
// a photo's URL or path): it shows where the image is, not the image.
package logleak
