// Package yamlerr reads the line and message out of gopkg.in/yaml.v3's
// errors, for the loaders that must report a file and line (the policy and
// the schemas).
package yamlerr

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"gopkg.in/yaml.v3"
)

var (
	lineRE     = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	typeLineRE = regexp.MustCompile(`^line (\d+): (.*)$`) // one of a TypeError's Errors
	// unmarshalRE matches yaml.v3's "cannot unmarshal !!str `value` into
	// T", whose value (up to ten bytes of the file) is dropped.
	unmarshalRE = regexp.MustCompile("^(cannot unmarshal \\S+) `.*` (into .*)$")
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
// none) and its message without the "yaml: line N:" prefix. A type error's
// message keeps the types and drops the value yaml.v3 quotes: the file
// may not be what it seems (a link to a credentials file), and its errors
// must not print it.
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
			return line, withoutValue(m[2])
		}
		return 0, withoutValue(msg)
	}
	return 0, strings.TrimPrefix(msg, "yaml: ")
}

// withoutValue drops the quoted value from a type error's message.
func withoutValue(msg string) string {
	if m := unmarshalRE.FindStringSubmatch(msg); m != nil {
		return m[1] + " " + m[2]
	}
	return msg
}

// Pos is a position in a file: a 1-based line and a 1-based byte column.
type Pos struct {
	Line, Column int
}

// posOf returns the position of byte offset i of data.
func posOf(data []byte, i int) Pos {
	return Pos{
		Line:   1 + bytes.Count(data[:i], []byte{'\n'}),
		Column: i - (bytes.LastIndexByte(data[:i], '\n') + 1) + 1,
	}
}

// InvalidUTF8 returns the position and value of the first byte of data
// that is not part of valid UTF-8, and ok false when data is valid.
func InvalidUTF8(data []byte) (p Pos, b byte, ok bool) {
	if utf8.Valid(data) {
		return Pos{}, 0, false
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return posOf(data, i), data[i], true
		}
		i += size
	}
	return Pos{}, 0, false
}

// Locate is Parse for an error decoding data, completed with a position
// for the reader errors yaml.v3 reports without a line (invalid UTF-8,
// control characters): the position of the first offending byte, with
// its value added to the message.
func Locate(data []byte, err error) (p Pos, msg string) {
	line, msg := Parse(err)
	if line > 0 {
		return Pos{Line: line}, msg
	}
	if strings.Contains(msg, "UTF-8") {
		if at, b, ok := InvalidUTF8(data); ok {
			return at, fmt.Sprintf("%s (byte 0x%02X)", msg, b)
		}
	}
	if strings.Contains(msg, "control characters") {
		if i := bytes.IndexFunc(data, func(r rune) bool {
			return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7F
		}); i >= 0 {
			return posOf(data, i), fmt.Sprintf("%s (byte 0x%02X)", msg, data[i])
		}
	}
	return Pos{}, msg
}
