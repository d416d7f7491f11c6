// Package safefile opens the files privlint reads because the analyzed
// repository names them — the policy, schema files, the files their $refs
// and the policy's globs lead to — and checks the paths privlint writes
// reports to, so that a hostile checkout cannot make privlint read or
// overwrite anything outside it, or hang on a named pipe or a device.
//
// The rules:
//   - privlint reads regular files only: a directory, a named pipe, a
//     device or a socket is refused before it is opened (so a pipe never
//     blocks and /dev/zero is never read), and the file opened is checked
//     again after opening (the check and the use cannot be told apart by
//     swapping the file in between).
//   - A path that lies inside the repository root as written must stay
//     inside it once symbolic links are resolved: a link committed to the
//     repository that points elsewhere (~/.git-credentials, /etc/passwd) is
//     refused with an error that names the link, never its content. Links
//     to files inside the root work as before.
//   - Paths the repository names (a $ref, a glob match) must also lie
//     inside the root as written (Open, Check); paths the user names on the
//     command line may lie outside it (OpenNamed).
//
// The repository root is the nearest directory at or above the working
// directory that holds .git; outside a repository, the nearest holding
// go.mod; else the working directory itself (RepoRoot).
package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// ErrNotRegular is the cause of an error for a file that is not a regular
// file (errors.Is).
var ErrNotRegular = errors.New("not a regular file")

// ErrOutsideRoot is the cause of an error for a path that lies, or
// resolves through a symbolic link, outside the repository root.
var ErrOutsideRoot = errors.New("outside the repository root")

// Error is a refusal: Path is the path as given, Op what was attempted
// ("open", "write"), Msg the explanation and Err ErrNotRegular or
// ErrOutsideRoot.
type Error struct {
	Op, Path, Msg string
	Err           error
}

// Error formats the refusal as "op path: msg", the form of *fs.PathError.
func (e *Error) Error() string { return e.Op + " " + e.Path + ": " + e.Msg }

// Unwrap returns ErrNotRegular or ErrOutsideRoot.
func (e *Error) Unwrap() error { return e.Err }

// Describe names the kind of file mode m is, for messages: "a directory",
// "a named pipe (FIFO)", "a character device", …
func Describe(m fs.FileMode) string {
	switch {
	case m.IsRegular():
		return "a regular file"
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a block device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "not a regular file"
}

// GitRoot returns the nearest directory at or above dir (made absolute)
// that holds .git, and whether there is one.
func GitRoot(dir string) (string, bool) {
	return findUp(dir, ".git")
}

// RepoRoot returns the directory that confines the paths a repository
// names: GitRoot of dir, else the nearest directory at or above dir that
// holds go.mod, else dir itself; absolute and clean.
func RepoRoot(dir string) string {
	if r, ok := findUp(dir, ".git"); ok {
		return r
	}
	if r, ok := findUp(dir, "go.mod"); ok {
		return r
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return filepath.Clean(dir)
	}
	return abs
}

func findUp(dir, name string) (string, bool) {
	d, err := filepath.Abs(dir)
	if err != nil {
		return "", false
	}
	for {
		if _, err := os.Lstat(filepath.Join(d, name)); err == nil {
			return d, true
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", false
		}
		d = parent
	}
}

// RootFor returns the root that confines the paths named from inside dir:
// root when dir lies inside it (or root is ""), else RepoRoot(dir). A
// schema file the user names outside the repository thus has its $refs
// confined to its own repository.
func RootFor(root, dir string) string {
	if root != "" && Inside(root, dir) {
		return root
	}
	return RepoRoot(dir)
}

// Inside reports whether name lies inside root (or is root): name made
// absolute and clean, compared with root as given and with root's own
// links resolved (so that /tmp/repo and /private/tmp/repo are the same
// root), or else with name's directory resolved (a path that reaches the
// root through a link to it). The last element of name is not resolved:
// whether it leads out is for Check and OutputPath to say.
func Inside(root, name string) bool {
	abs, err := filepath.Abs(name)
	if err != nil {
		return false
	}
	rootAbs, rootReal := roots(root)
	if _, ok := within(rootAbs, abs); ok {
		return true
	}
	if _, ok := within(rootReal, abs); ok {
		return true
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return false
	}
	_, ok := within(rootReal, filepath.Join(dir, filepath.Base(abs)))
	return ok
}

// roots returns root made absolute, and with its links resolved (the
// absolute form when resolving fails).
func roots(root string) (abs, real string) {
	abs, err := filepath.Abs(root)
	if err != nil {
		abs = filepath.Clean(root)
	}
	real, err = filepath.EvalSymlinks(abs)
	if err != nil {
		real = abs
	}
	return abs, real
}

// within returns name relative to dir when name is dir or lies below it;
// both must be absolute and clean.
func within(dir, name string) (string, bool) {
	rel, err := filepath.Rel(dir, name)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) || filepath.IsAbs(rel) {
		return "", false
	}
	return rel, true
}

// Check checks, without opening it, that name is a regular file (symbolic
// links followed) and, when root is not "", that name lies inside root both
// as written and with its links resolved. It returns the file's
// information. An error names name and says why; it never shows the
// file's content or where a link points.
func Check(name, root string) (fs.FileInfo, error) {
	if root != "" {
		if !Inside(root, name) {
			return nil, &Error{Op: "open", Path: name, Err: ErrOutsideRoot,
				Msg: fmt.Sprintf("the path lies outside the repository root %s; privlint reads only files inside it", root)}
		}
	}
	st, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, notRegular("open", name, st.Mode())
	}
	if root != "" {
		if _, err := resolveInside(name, root); err != nil {
			return nil, err
		}
	}
	return st, nil
}

// resolveInside resolves name's links and returns the result when it lies
// inside root.
func resolveInside(name, root string) (string, error) {
	abs, err := filepath.Abs(name)
	if err != nil {
		return "", err
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		return "", err
	}
	_, rootReal := roots(root)
	if _, ok := within(rootReal, real); !ok {
		return "", &Error{Op: "open", Path: name, Err: ErrOutsideRoot,
			Msg: fmt.Sprintf("a symbolic link to a file outside the repository root %s; privlint does not read it", root)}
	}
	return real, nil
}

func notRegular(op, name string, m fs.FileMode) error {
	return &Error{Op: op, Path: name, Err: ErrNotRegular,
		Msg: fmt.Sprintf("%s, not a regular file; privlint reads only regular files", Describe(m))}
}

// Open opens name for reading when Check(name, root) passes. The file is
// opened without blocking (a named pipe swapped in after the check does
// not hang) and checked again once open: it must be a regular file and,
// when root is not "", the file found inside root by resolving name's
// links; otherwise it is closed and refused.
func Open(name, root string) (*os.File, error) {
	st, err := Check(name, root)
	if err != nil {
		return nil, err
	}
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		f.Close()
		return nil, notRegular("open", name, fi.Mode())
	}
	same := os.SameFile(st, fi)
	if same && root != "" {
		// Check resolved name's links before the open: resolve them
		// again and make sure the file opened is the one inside root.
		real, err := resolveInside(name, root)
		if err != nil {
			f.Close()
			return nil, err
		}
		rst, err := os.Stat(real)
		same = err == nil && os.SameFile(rst, fi)
	}
	if !same {
		f.Close()
		return nil, fmt.Errorf("open %s: the file changed while it was being opened", name)
	}
	return f, nil
}

// OpenNamed opens a file the user named (a --config flag, a schema
// argument): Open confined to root when name lies inside root as written,
// else Open without a root (a regular file anywhere). A link inside the
// repository that leads out of it is refused even when named.
func OpenNamed(name, root string) (*os.File, error) {
	if root != "" && !Inside(root, name) {
		root = ""
	}
	return Open(name, root)
}

// OutputPath checks a path privlint is about to write (a report) against
// root and returns the path to write to. A path outside root as written,
// or any path when root is "", is returned unchanged. A path inside root
// must have its directory resolve inside root, and, when it exists, must
// itself resolve inside root; the directory's links are then resolved in
// the path returned, so that the file written is the one checked.
func OutputPath(name, root string) (string, error) {
	if root == "" || !Inside(root, name) {
		return name, nil
	}
	abs, err := filepath.Abs(name)
	if err != nil {
		return "", err
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return "", err
	}
	_, rootReal := roots(root)
	if _, ok := within(rootReal, dir); !ok {
		return "", &Error{Op: "write", Path: name, Err: ErrOutsideRoot,
			Msg: fmt.Sprintf("its directory is a symbolic link to a place outside the repository root %s; privlint does not write there", root)}
	}
	target := filepath.Join(dir, filepath.Base(abs))
	if real, err := filepath.EvalSymlinks(target); err == nil {
		if _, ok := within(rootReal, real); !ok {
			return "", &Error{Op: "write", Path: name, Err: ErrOutsideRoot,
				Msg: fmt.Sprintf("a symbolic link to a file outside the repository root %s; privlint does not write there", root)}
		}
	}
	return target, nil
}
