// Package yamlerr reads the line and message out of gopkg.in/yaml.v3's
// errors, for the loaders that must report a file and line (the policy and
// the schemas).
package yamlerr

import (
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

var (
	lineRE     = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	typeLineRE = regexp.MustCompile(`^line (\d+): (.*)$`) // one of a TypeError's Errors
)

// parserProblems are the problems yaml.v3's parser (as opposed to its
// scanner) reports. For these, yaml.v3 v3.0.1 prints a 0-based line (the
// start of the construct being parsed, or the problem itself; see
// (*parser).fail in decode.go); scanner problems are 1-based.
var parserProblems = []string{
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"did not find expected '-' indicator",
	"did not find expected <document start>",
	"did not find expected key",
	"did not find expected node content",
	"found duplicate %TAG directive",
	"found duplicate %YAML directive",
	"found incompatible YAML document",
	"found undefined tag handle",
}

// Parse returns the 1-based line a yaml.v3 error is about (0 when it names
// none) and its message without the "yaml: line N:" prefix.
func Parse(err error) (line int, msg string) {
	msg = err.Error()
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		line, _ = strconv.Atoi(m[1])
		if slices.Contains(parserProblems, m[2]) {
			line++
		}
		return line, m[2]
	}
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
		if m := typeLineRE.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			return line, m[2]
		}
	}
	return 0, strings.TrimPrefix(msg, "yaml: ")
}
