package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules"
)

// jsonReport is SPEC §6's JSON object.
type jsonReport struct {
	Version  string        `json:"version"`
	Findings []jsonFinding `json:"findings"`
	Errors   []jsonError   `json:"errors"`
}

type jsonFinding struct {
	Rule        string   `json:"rule"`
	Name        string   `json:"name"`
	Level       string   `json:"level"`
	Message     string   `json:"message"`
	File        string   `json:"file"`
	Line        int      `json:"line"`
	Column      int      `json:"column"`
	Category    string   `json:"category"`
	Purposes    []string `json:"purposes"`
	DetectedBy  []string `json:"detectedBy"`
	Fingerprint string   `json:"fingerprint"`
	// Present only when set: with IncludeSuppressed, or after a baseline.
	Suppressed    bool   `json:"suppressed,omitempty"`
	Justification string `json:"justification,omitempty"`
	BaselineState string `json:"baselineState,omitempty"`
}

type jsonError struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column,omitempty"`
	Message string `json:"message"`
}

// JSON writes the report as one JSON object, indented by two spaces:
//
//	{"version": ..., "findings": [{"rule", "name", "level", "message", "file",
//	  "line", "column", "category", "purposes", "detectedBy", "fingerprint"}],
//	 "errors": [{"file", "line", "message"}]}
//
// "findings", "errors", "purposes" and "detectedBy" are always arrays;
// "detectedBy" lists the evidence of the category, its strongest kind
// first (annotation, type, format, tag, name or description), then the
// classifier's evidence items (name:email(head), holder:person-like(User),
// …; see internal/classifier). "file" is relative to
// Options.Cwd when inside it; "column" counts bytes as go vet does;
// "fingerprint" is the SARIF partial fingerprint (repository-relative path).
// Suppressed findings (with IncludeSuppressed) carry "suppressed": true and
// "justification"; findings compared with a baseline carry "baselineState";
// an error with a known column carries "column".
func JSON(w io.Writer, fs []*finding.Finding, errs []*finding.Error, o Options) error {
	p := newPaths(o)
	rep := jsonReport{Version: o.ToolVersion, Findings: []jsonFinding{}, Errors: []jsonError{}}
	for _, f := range visible(fs, o) {
		jf := jsonFinding{
			Rule:          f.RuleID,
			Level:         string(effectiveLevel(f)),
			Message:       f.Message,
			File:          p.display(f.Pos.File),
			Line:          f.Pos.Line,
			Column:        f.Pos.Column,
			Category:      f.Category,
			Purposes:      append([]string{}, f.Purposes...),
			DetectedBy:    append([]string{}, f.DetectedByList()...),
			Fingerprint:   f.Fingerprint(p.fingerprintPath(f.Pos.File)),
			Suppressed:    f.Suppressed,
			BaselineState: f.Baseline,
		}
		if f.Suppressed {
			jf.Justification = f.Justification
		}
		if r, ok := rules.Lookup(f.RuleID); ok {
			jf.Name = r.Name
		}
		rep.Findings = append(rep.Findings, jf)
	}
	for _, e := range errs {
		if e == nil {
			continue
		}
		rep.Errors = append(rep.Errors, jsonError{File: p.display(e.File), Line: e.Line, Column: e.Column, Message: e.Message})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(rep); err != nil {
		return fmt.Errorf("writing JSON report: %w", err)
	}
	return nil
}

// effectiveLevel is the finding's level, or its rule's default level when
// the finding carries none, or warning for an unknown rule.
func effectiveLevel(f *finding.Finding) finding.Level {
	if l, ok := finding.ParseLevel(string(f.Level)); ok {
		return l
	}
	if r, ok := rules.Lookup(f.RuleID); ok {
		return r.Level
	}
	return finding.LevelWarning
}
