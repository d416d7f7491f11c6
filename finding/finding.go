// Package finding holds privlint's one finding model, shared by the Go
// analyzers, the schema checks and every report format.
//
// A Finding is produced by an analyzer (as a go/analysis diagnostic plus its
// structured details) or by a schema check, filtered by suppressions and
// baselines, and written by a report leaf. Nothing in this package knows how
// findings are found or printed.
package finding

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strconv"
	"strings"
)

// Level is the severity of a finding, as in SARIF: note, warning or error.
type Level string

// The levels, weakest first.
const (
	LevelNone    Level = "none"
	LevelNote    Level = "note"
	LevelWarning Level = "warning"
	LevelError   Level = "error"
)

// Rank orders levels: none < note < warning < error. An unknown level ranks
// as none.
func (l Level) Rank() int {
	switch l {
	case LevelNote:
		return 1
	case LevelWarning:
		return 2
	case LevelError:
		return 3
	}
	return 0
}

// ParseLevel returns the level named s (none, off, note, warning, error).
// "off" is read as none.
func ParseLevel(s string) (Level, bool) {
	switch s {
	case "none", "off":
		return LevelNone, true
	case "note", "warning", "error":
		return Level(s), true
	}
	return "", false
}

// Position is a place in a source file. Line and Column are 1-based; Column
// counts bytes, as go/token does. File is the path as the producer knows it
// (absolute for Go code); reports make it relative.
type Position struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

// IsValid reports whether the position names a file.
func (p Position) IsValid() bool { return p.File != "" }

// Step is one location on the way from a source of personal data to a sink:
// the SARIF codeFlow of a flow finding.
type Step struct {
	Pos     Position `json:"pos"`
	Message string   `json:"message"`
}

// MaxPaths is the most paths (Flow and Paths) a finding keeps.
const MaxPaths = 10

// Finding is one problem privlint reports.
type Finding struct {
	// RuleID is the rule's id, e.g. "PL101".
	RuleID string
	// Level is the effective level after policy overrides.
	Level Level
	// Message says what is wrong and what to do, without the rule id.
	Message string
	// Pos is where the finding is reported; End, when valid, where its
	// region ends.
	Pos, End Position
	// Category is the personal-data category key (fideslang spelling).
	Category string
	// Purposes are the declared purposes of the data, sorted.
	Purposes []string
	// DetectedBy says how the category was found, its strongest evidence:
	// annotation, type, format, tag, name or description.
	DetectedBy string
	// Evidence are the evidence items behind DetectedBy, in the
	// classifier's vocabulary (name:email(head), holder:person-like(User),
	// …; see internal/classifier). Reports list DetectedBy, then these.
	// They do not feed the fingerprint.
	Evidence []string
	// Symbol is the enclosing declaration, e.g. "users.User.Email" or, for a
	// schema, the JSON pointer of the property. It feeds the fingerprint.
	Symbol string
	// Sink names where data goes for flow rules (e.g. "database/sql.(*DB).Exec").
	Sink string
	// Flow is the path from source to sink for flow rules, in order.
	Flow []Step
	// Paths are further paths that reach the same place: one finding per
	// rule, place and category, however many paths lead to it. Reports
	// list Flow first, then these (at most MaxPaths in all).
	Paths [][]Step
	// SourceIDs are, for a flow rule's finding, the identities of the
	// struct fields its paths start from (flow.Source.ID), one each, ""
	// for a path that starts elsewhere (a parameter, a request's input),
	// so that privlint check can judge the fields across the program.
	// Reports do not print them.
	SourceIDs []string
	// Place, when valid, is where the flaw the finding reports lies,
	// which may not be where it is reported: a PL105 finding is reported
	// at its weak protection's call when that is in the package analyzed,
	// else at the call that leads there, and the place is that weak call.
	// privlint check keeps one finding per rule, place and category
	// (GroupPlaces). Reports do not print it.
	Place Position
	// Suppressed is set when an in-source //privlint:ignore with a reason
	// covers the finding; Justification is that reason.
	Suppressed    bool
	Justification string
	// Baseline is the SARIF baselineState when a baseline was applied
	// ("new" or "unchanged"); empty otherwise.
	Baseline string
}

// DetectedByList returns the evidence list reports print: DetectedBy,
// then Evidence; nil when DetectedBy is empty.
func (f *Finding) DetectedByList() []string {
	if f.DetectedBy == "" {
		return nil
	}
	return append([]string{f.DetectedBy}, f.Evidence...)
}

// Fingerprint returns a stable identity for the finding that does not depend
// on line or column numbers: a hash of the rule, the file path as given in
// relPath (repository-relative), the enclosing symbol, the category and the
// sink. Unrelated edits elsewhere in the file leave it unchanged.
func (f *Finding) Fingerprint(relPath string) string {
	h := sha256.New()
	for _, s := range []string{"privlint/v1", f.RuleID, relPath, f.Symbol, f.Category, f.Sink} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}

// Compare orders findings by file, line, column, rule and message, the
// order every output uses.
func Compare(a, b *Finding) int {
	return cmp.Or(
		strings.Compare(a.Pos.File, b.Pos.File),
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Column, b.Pos.Column),
		strings.Compare(a.RuleID, b.RuleID),
		strings.Compare(a.Message, b.Message),
		strings.Compare(a.Category, b.Category),
	)
}

// Sort sorts findings into report order and drops exact duplicates (the
// same rule, position and message), which arise when a package is analyzed
// both alone and with its tests.
func Sort(fs []*Finding) []*Finding {
	slices.SortStableFunc(fs, Compare)
	return slices.CompactFunc(fs, func(a, b *Finding) bool { return Compare(a, b) == 0 })
}

// Error is a problem that stopped privlint from analyzing something: a
// configuration error, a file that does not parse, a package that does not
// type-check. Line is 0 when unknown.
type Error struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column,omitempty"`
	Message string `json:"message"`
}

// Error formats the error as file:line:col: message.
func (e *Error) Error() string {
	return Where(e.File, e.Line, e.Column) + e.Message
}

// CompareErrors orders errors by file, line, column and message, the
// order every output lists them in.
func CompareErrors(a, b *Error) int {
	return cmp.Or(
		strings.Compare(a.File, b.File),
		cmp.Compare(a.Line, b.Line),
		cmp.Compare(a.Column, b.Column),
		strings.Compare(a.Message, b.Message),
	)
}

// SortErrors sorts errs with CompareErrors and drops exact duplicates.
func SortErrors(errs []*Error) []*Error {
	slices.SortStableFunc(errs, CompareErrors)
	return slices.CompactFunc(errs, func(a, b *Error) bool { return *a == *b })
}

// Where is the go vet style prefix of a message about a place:
// "file:line:col: ", leaving out a line or column that is 0, and "" when
// file is "".
func Where(file string, line, col int) string {
	if file == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(file)
	if line > 0 {
		b.WriteString(":")
		b.WriteString(strconv.Itoa(line))
		if col > 0 {
			b.WriteString(":")
			b.WriteString(strconv.Itoa(col))
		}
	}
	b.WriteString(": ")
	return b.String()
}

// GroupPlaces returns fs, sorted, with the findings that share a rule, a
// category and a place (Finding.Place, or where a finding without one is
// reported) made one when any of them has a Place. The one reported at the
// place itself keeps the group, suppressed or not (an ignore directive at
// a weak hash covers every flow through it); else the first unsuppressed.
// It lists the others' paths (at most MaxPaths in all). A finding
// suppressed elsewhere than at the place stays as it is.
func GroupPlaces(fs []*Finding) []*Finding {
	fs = Sort(fs)
	type key struct {
		rule, category string
		place          Position
	}
	keyOf := func(f *Finding) key {
		p := f.Place
		if !p.IsValid() {
			p = f.Pos
		}
		return key{f.RuleID, f.Category, p}
	}
	placed := map[key]bool{}
	for _, f := range fs {
		if f.Place.IsValid() {
			placed[keyOf(f)] = true
		}
	}
	if len(placed) == 0 {
		return fs
	}
	keep := map[key]*Finding{}
	for _, f := range fs {
		k := keyOf(f)
		if !placed[k] {
			continue
		}
		at := f.Pos == k.place
		if cur := keep[k]; at && (cur == nil || cur.Pos != k.place) || cur == nil && !f.Suppressed {
			keep[k] = f
		}
	}
	out := fs[:0:0]
	for _, f := range fs {
		k := keyOf(f)
		kf := keep[k]
		if kf == nil || kf == f || f.Suppressed && f.Pos != k.place {
			out = append(out, f)
			continue
		}
		for _, p := range append([][]Step{f.Flow}, f.Paths...) {
			if len(p) == 0 || 1+len(kf.Paths) >= MaxPaths || slices.Equal(kf.Flow, p) || slices.ContainsFunc(kf.Paths, func(q []Step) bool { return slices.Equal(q, p) }) {
				continue
			}
			kf.Paths = append(kf.Paths, p)
		}
	}
	return out
}
