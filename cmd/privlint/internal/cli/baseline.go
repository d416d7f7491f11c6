package cli

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/report"
	"github.com/privlint/privlint/rules/safefile"
)

// BaselineVersion is the version of the baseline file format.
//
// A baseline file (privlint check --write-baseline FILE) is one JSON object:
//
//	{
//	  "version": 1,
//	  "findings": [
//	    {"rule": "PL101", "file": "users/service.go", "fingerprint": "3f…"}
//	  ]
//	}
//
// "findings" is sorted by file, rule and fingerprint and holds each
// fingerprint once. "file" is the repository-relative path (relative to
// --root) the fingerprint was computed from; it is there for people reading
// the file — matching uses the fingerprint alone. A fingerprint is the one
// in privlint's JSON "fingerprint" and SARIF partialFingerprints: a hash of
// the rule, the file, the enclosing symbol, the category and the sink, with
// no line numbers, so a finding keeps it when lines are added above it.
// Findings that share all of these share a fingerprint and are baselined
// together.
const BaselineVersion = 1

// baselineFile is the on-disk form of a baseline.
type baselineFile struct {
	Version  int             `json:"version"`
	Findings []baselineEntry `json:"findings"`
}

// baselineEntry is one baselined finding.
type baselineEntry struct {
	Rule        string `json:"rule"`
	File        string `json:"file"`
	Fingerprint string `json:"fingerprint"`
}

// Baseline states, as SARIF's result.baselineState spells them.
const (
	baselineNew       = "new"
	baselineUnchanged = "unchanged"
)

// readBaseline reads a baseline file and returns the set of fingerprints it
// holds. Errors name the file (and the line of a JSON syntax error).
// The file must be a regular file, and not a link out of the repository
// root root when it lies inside it (safefile.OpenNamed).
func readBaseline(path, root string) (map[string]bool, error) {
	f, err := safefile.OpenNamed(path, root)
	if err != nil {
		return nil, fmt.Errorf("reading baseline: %w", err)
	}
	data, err := io.ReadAll(f)
	f.Close()
	if err != nil {
		return nil, fmt.Errorf("reading baseline %s: %w", path, err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var bf baselineFile
	if err := dec.Decode(&bf); err != nil {
		return nil, fmt.Errorf("reading baseline %s: %w", locateJSONError(path, data, err), err)
	}
	if dec.More() {
		return nil, fmt.Errorf("reading baseline %s: data after the JSON object", path)
	}
	if bf.Version != BaselineVersion {
		return nil, fmt.Errorf("reading baseline %s: version %d is not supported (want %d)", path, bf.Version, BaselineVersion)
	}
	set := make(map[string]bool, len(bf.Findings))
	for i, e := range bf.Findings {
		if e.Fingerprint == "" || e.Rule == "" {
			return nil, fmt.Errorf("reading baseline %s: findings[%d]: rule and fingerprint are required", path, i)
		}
		set[e.Fingerprint] = true
	}
	return set, nil
}

// locateJSONError returns path, with the line of a JSON syntax or type
// error when the decoder gives its offset.
func locateJSONError(path string, data []byte, err error) string {
	var off int64 = -1
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		off = se.Offset
	case errors.As(err, &te):
		off = te.Offset
	}
	if off < 0 || off > int64(len(data)) {
		return path
	}
	return fmt.Sprintf("%s:%d", path, bytes.Count(data[:off], []byte("\n"))+1)
}

// markBaseline sets each finding's Baseline to "unchanged" when its
// fingerprint is in the baseline and to "new" otherwise.
func markBaseline(fs []*finding.Finding, baseline map[string]bool, fp func(*finding.Finding) (string, string)) {
	for _, f := range fs {
		if sum, _ := fp(f); baseline[sum] {
			f.Baseline = baselineUnchanged
		} else {
			f.Baseline = baselineNew
		}
	}
}

// dropBaselined returns the findings not marked "unchanged"; text and JSON
// reports show only those.
func dropBaselined(fs []*finding.Finding) []*finding.Finding {
	return slices.DeleteFunc(slices.Clone(fs), func(f *finding.Finding) bool { return f.Baseline == baselineUnchanged })
}

// writeBaseline records the unsuppressed findings' fingerprints in path,
// atomically and confined to root (report.WriteFileIn), and returns how
// many entries it wrote.
func writeBaseline(path, root string, fs []*finding.Finding, fp func(*finding.Finding) (string, string)) (int, error) {
	seen := map[string]bool{}
	bf := baselineFile{Version: BaselineVersion, Findings: []baselineEntry{}}
	for _, f := range fs {
		if f.Suppressed {
			continue
		}
		sum, rel := fp(f)
		if seen[sum] {
			continue
		}
		seen[sum] = true
		bf.Findings = append(bf.Findings, baselineEntry{Rule: f.RuleID, File: rel, Fingerprint: sum})
	}
	slices.SortFunc(bf.Findings, func(a, b baselineEntry) int {
		return cmp.Or(strings.Compare(a.File, b.File), strings.Compare(a.Rule, b.Rule), strings.Compare(a.Fingerprint, b.Fingerprint))
	})
	err := report.WriteFileIn(path, root, func(w io.Writer) error {
		enc := json.NewEncoder(w)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(bf)
	})
	if err != nil {
		return 0, fmt.Errorf("writing baseline: %w", err)
	}
	return len(bf.Findings), nil
}

// resolveRoot returns the directory SARIF URIs and fingerprints are
// relative to: --root when given (relative to cwd; it must be an existing
// directory), otherwise the git top level above cwd, otherwise cwd.
func resolveRoot(flagRoot, cwd string) (string, error) {
	if flagRoot == "" {
		return repoRoot(cwd), nil
	}
	root := flagRoot
	if !filepath.IsAbs(root) {
		root = filepath.Join(cwd, root)
	}
	root = filepath.Clean(root)
	st, err := os.Stat(root)
	if err != nil {
		return "", fmt.Errorf("--root: %w", err)
	}
	if !st.IsDir() {
		return "", fmt.Errorf("--root: %s is not a directory", flagRoot)
	}
	return root, nil
}

// writeCount writes n and a newline to path, atomically (--count-file),
// confined to root as report.WriteFileIn.
func writeCount(path, root string, n int) error {
	return report.WriteFileIn(path, root, func(w io.Writer) error {
		_, err := fmt.Fprintf(w, "%d\n", n)
		return err
	})
}
