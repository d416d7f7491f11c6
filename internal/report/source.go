package report

import (
	"bytes"
	"io"
	"unicode"
	"unicode/utf8"

	"github.com/privlint/privlint/rules/safefile"
)

// sources reads source files once each and converts Go byte columns to
// UTF-16 code units, SARIF's columnKind "utf16CodeUnits".
type sources struct {
	files map[string][][]byte // nil value: unreadable
}

func newSources() *sources { return &sources{files: map[string][][]byte{}} }

// line returns line n (1-based) of the file, without its line ending.
func (s *sources) line(path string, n int) ([]byte, bool) {
	lines, seen := s.files[path]
	if !seen {
		data, err := readRegular(path)
		if err == nil {
			lines = bytes.Split(data, []byte("\n"))
			for i, l := range lines {
				lines[i] = bytes.TrimSuffix(l, []byte("\r"))
			}
		}
		s.files[path] = lines
	}
	if n < 1 || n > len(lines) {
		return nil, false
	}
	return lines[n-1], true
}

// readRegular reads path when it is a regular file: a finding's file is
// never a pipe or a device, but if one were swapped in, reading it must
// not block the report.
func readRegular(path string) ([]byte, error) {
	f, err := safefile.Open(path, "")
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// utf16Column converts a 1-based byte column on line to a 1-based UTF-16
// column. Bytes past the end of the line (a column just after it) count one
// unit each; invalid UTF-8 counts one unit per byte.
func utf16Column(line []byte, byteCol int) int {
	if byteCol < 1 {
		return byteCol
	}
	n := byteCol - 1
	prefix := line
	extra := 0
	if n < len(line) {
		prefix = line[:n]
	} else {
		extra = n - len(line)
	}
	units := 0
	for len(prefix) > 0 {
		r, size := utf8.DecodeRune(prefix)
		if r >= 0x10000 {
			units += 2
		} else {
			units++
		}
		prefix = prefix[size:]
	}
	return units + extra + 1
}

// tokenEnd returns the 1-based byte column just after the token that starts
// at byteCol: an identifier (letters, digits, '_'), a quoted string on the
// line, or else a single character. It never returns less than byteCol+1.
func tokenEnd(line []byte, byteCol int) int {
	i := byteCol - 1
	if i < 0 || i >= len(line) {
		return byteCol + 1
	}
	if q := line[i]; q == '"' || q == '\'' || q == '`' {
		if j := bytes.IndexByte(line[i+1:], q); j >= 0 {
			return i + 1 + j + 1 + 1
		}
	}
	j := i
	for j < len(line) {
		r, size := utf8.DecodeRune(line[j:])
		if !(r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)) {
			break
		}
		j += size
	}
	if j == i {
		_, size := utf8.DecodeRune(line[i:])
		j = i + size
	}
	return j + 1
}
