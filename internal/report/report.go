// Package report writes findings in privlint's output formats: go vet style
// text, one JSON object (SPEC §6) and SARIF 2.1.0 for GitHub code scanning
// (SPEC §7). Each format is a leaf: it takes findings that are already
// filtered and sorted (finding.Sort) and turns them into bytes; it knows
// nothing of how findings are found.
//
// Paths. Text and JSON print a finding's file relative to Options.Cwd when
// the file lies inside it, and as given otherwise. SARIF URIs are relative
// to Options.Root (the repository root, falling back to Cwd) with uriBaseId
// %SRCROOT%; a file outside the root keeps an absolute file:// URI with no
// uriBaseId, which GitHub's upload step relativises against the checkout or
// drops. Fingerprints always use the repository-relative, slash-separated
// path so that they do not depend on where privlint runs.
//
// Suppressed findings (finding.Finding.Suppressed) are left out of every
// format unless Options.IncludeSuppressed is set.
package report

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules/safefile"
)

// Options configures every output format.
type Options struct {
	// Cwd is the directory text and JSON paths are made relative to. Also
	// used to resolve relative finding paths.
	Cwd string
	// Root is the repository root that SARIF URIs and fingerprints are
	// relative to; empty means Cwd.
	Root string
	// ToolVersion is privlint's version, e.g. "v0.3.1" or "0.3.1".
	ToolVersion string
	// TaxonomyVersion is the version of the personal-data taxonomy in use,
	// reported in SARIF tool.driver.properties.
	TaxonomyVersion string
	// IncludeSuppressed keeps findings covered by a //privlint:ignore.
	IncludeSuppressed bool
	// Stderr receives notices about the output, such as SARIF results
	// dropped beyond GitHub's limit. Nil discards them.
	Stderr io.Writer
}

// visible returns the findings a format prints: all of them when
// IncludeSuppressed is set, otherwise the unsuppressed ones. Order is kept.
func visible(fs []*finding.Finding, o Options) []*finding.Finding {
	out := make([]*finding.Finding, 0, len(fs))
	for _, f := range fs {
		if f == nil || (f.Suppressed && !o.IncludeSuppressed) {
			continue
		}
		out = append(out, f)
	}
	return out
}

// paths turns finding paths into display paths, repository-relative paths
// and URIs, caching symlink resolution.
type paths struct {
	cwd, root    string
	rootResolved string // root with symlinks evaluated; "" when not evaluated yet
}

func newPaths(o Options) *paths {
	p := &paths{cwd: filepath.Clean(o.Cwd), root: o.Root}
	if o.Cwd == "" {
		p.cwd = ""
	}
	if p.root == "" {
		p.root = p.cwd
	}
	if p.root != "" {
		p.root = filepath.Clean(p.abs(p.root))
	}
	return p
}

// abs makes a relative path absolute against cwd when cwd is known.
func (p *paths) abs(name string) string {
	if name == "" || filepath.IsAbs(name) || p.cwd == "" {
		return name
	}
	return filepath.Join(p.cwd, name)
}

// display returns the path text and JSON print: relative to cwd when the
// file lies inside it, otherwise as given.
func (p *paths) display(name string) string {
	if name == "" || p.cwd == "" || !filepath.IsAbs(name) {
		return name
	}
	if rel, ok := within(p.cwd, name); ok {
		return rel
	}
	return name
}

// within returns name relative to dir when name lies inside dir.
func within(dir, name string) (string, bool) {
	rel, err := filepath.Rel(dir, name)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", false
	}
	return rel, true
}

// repoRel returns name relative to the repository root in slash form, and
// whether it lies inside the root. Symlinks are resolved when the plain
// comparison fails (e.g. /tmp vs /private/tmp). Without a root, a relative
// path counts as repository-relative.
func (p *paths) repoRel(name string) (string, bool) {
	if name == "" {
		return "", false
	}
	if p.root == "" {
		if filepath.IsAbs(name) {
			return filepath.ToSlash(name), false
		}
		return filepath.ToSlash(filepath.Clean(name)), true
	}
	a := filepath.Clean(p.abs(name))
	if !filepath.IsAbs(a) {
		return filepath.ToSlash(a), true
	}
	if rel, ok := within(p.root, a); ok {
		return filepath.ToSlash(rel), true
	}
	if p.rootResolved == "" {
		p.rootResolved = p.root
		if r, err := filepath.EvalSymlinks(p.root); err == nil {
			p.rootResolved = r
		}
	}
	if r, err := filepath.EvalSymlinks(a); err == nil {
		if rel, ok := within(p.rootResolved, r); ok {
			return filepath.ToSlash(rel), true
		}
	}
	return filepath.ToSlash(a), false
}

// fingerprintPath is the path a finding's fingerprint is computed from:
// repository-relative when possible, else the slash form of the path.
func (p *paths) fingerprintPath(name string) string {
	rel, _ := p.repoRel(name)
	return rel
}

// position formats file:line:col, leaving out unknown (zero) parts.
func position(file string, line, col int) string {
	if file == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(file)
	if line > 0 {
		b.WriteString(":" + strconv.Itoa(line))
		if col > 0 {
			b.WriteString(":" + strconv.Itoa(col))
		}
	}
	return b.String()
}

// WriteFile writes a file atomically: write fills a temporary file in the
// same directory, which is synced and renamed over path only when write
// succeeds. On any error no file is left behind (neither path nor the
// temporary file) and an existing file at path is unchanged. A new file
// gets mode 0644; an existing file keeps its mode. Errors name path.
//
// A path that is the process's own standard output or standard error
// (/dev/stdout, /dev/stderr, whatever they are connected to) is written
// there directly, and so is an existing character device (/dev/null). Any
// other existing file that is not a regular file is refused without being
// opened: a directory, a block device, a socket, and a named pipe, which
// would block the run until something reads it.
func WriteFile(path string, write func(io.Writer) error) error {
	return WriteFileIn(path, "", write)
}

// WriteFileIn is WriteFile confined to the repository root root (when root
// is not ""): a path that lies inside root as written must not lead out of
// it through a symbolic link, neither by its directory nor by itself
// (safefile.OutputPath). A path outside root as written is the user's
// choice and is written as WriteFile does.
func WriteFileIn(path, root string, write func(io.Writer) error) (err error) {
	target, err := safefile.OutputPath(path, root)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if st, statErr := os.Stat(target); statErr == nil {
		if own := ownStream(st); own != nil {
			return writeTo(path, own, write)
		}
		if !st.Mode().IsRegular() {
			if st.IsDir() {
				return fmt.Errorf("writing %s: it is a directory", path)
			}
			if st.Mode()&os.ModeCharDevice == 0 {
				return fmt.Errorf("writing %s: it is %s; privlint writes a report to a regular file, a character device or its own standard output or error", path, safefile.Describe(st.Mode()))
			}
			return writeDirect(path, target, st, write)
		}
	}
	dir := filepath.Dir(target)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(target)+".tmp-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			_ = tmp.Close()
			_ = os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	mode := os.FileMode(0o644)
	if st, statErr := os.Stat(target); statErr == nil {
		if !st.Mode().IsRegular() {
			return fmt.Errorf("writing %s: it is no longer a regular file", path)
		}
		mode = st.Mode().Perm()
	}
	if err := tmp.Chmod(mode); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: syncing: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	// Make the rename durable where the platform allows syncing a directory.
	if d, derr := os.Open(dir); derr == nil {
		_ = d.Sync()
		_ = d.Close()
	}
	return nil
}

// Emit writes with write to the file at path (atomically, as WriteFileIn
// confined to root) or, when path is "", to stdout: the --output
// convention of every command.
func Emit(path, root string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "" {
		return write(stdout)
	}
	return WriteFileIn(path, root, write)
}

// ownStream returns os.Stdout or os.Stderr when st is the file the process
// writes to through it, nil otherwise.
func ownStream(st os.FileInfo) *os.File {
	for _, f := range []*os.File{os.Stdout, os.Stderr} {
		if f == nil {
			continue
		}
		if fst, err := f.Stat(); err == nil && os.SameFile(st, fst) {
			return f
		}
	}
	return nil
}

// writeTo writes to the process's own stdout or stderr, which stays open.
func writeTo(path string, f *os.File, write func(io.Writer) error) error {
	if err := write(f); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// writeDirect writes to target, an existing character device (st), where
// there is nothing to rename over. It is opened without blocking and must
// still be the device checked once open.
func writeDirect(path, target string, st os.FileInfo, write func(io.Writer) error) error {
	f, err := os.OpenFile(target, os.O_WRONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if fst, err := f.Stat(); err != nil || !os.SameFile(st, fst) {
		_ = f.Close()
		return fmt.Errorf("writing %s: the file changed while it was being opened", path)
	}
	if err := setBlocking(f); err != nil {
		_ = f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := write(f); err != nil {
		_ = f.Close()
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}
