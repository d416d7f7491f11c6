package policy

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// FileNames are the names a policy file may have, in order of preference
// when a directory holds more than one.
var FileNames = []string{"privlint.yaml", "privlint.yml", ".privlint.yaml"}

// EnvConfig is the environment variable that names a policy file when no
// --config flag is given.
const EnvConfig = "PRIVLINT_CONFIG"

// Find looks for a policy file in dir and its parents, up to the
// repository root (the first directory that contains .git) or the
// filesystem root, and returns the absolute path of the first one found.
// It returns "" and nil when there is none.
func Find(dir string) (string, error) {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("finding policy file: %w", err)
	}
	for {
		for _, name := range FileNames {
			path := filepath.Join(dir, name)
			info, err := os.Stat(path)
			switch {
			case err == nil && !info.IsDir():
				return path, nil
			case err != nil && !errors.Is(err, fs.ErrNotExist) && !errors.Is(err, fs.ErrPermission):
				return "", fmt.Errorf("finding policy file: %w", err)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, ".git")); err == nil {
			return "", nil // repository root: stop here
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", nil
		}
		dir = parent
	}
}

// Resolve returns the absolute path of the policy file to use: explicit
// (the --config flag) when set, else $PRIVLINT_CONFIG when set, else what
// Find(dir) finds. A file named by the flag or the variable must exist.
// It returns "" and nil when no file applies (the defaults do).
func Resolve(explicit, dir string) (string, error) {
	named, source := explicit, "--config"
	if named == "" {
		named, source = os.Getenv(EnvConfig), EnvConfig
	}
	if named == "" {
		return Find(dir)
	}
	abs, err := filepath.Abs(named)
	if err != nil {
		return "", fmt.Errorf("policy file %s (from %s): %w", named, source, err)
	}
	info, err := os.Stat(abs)
	if err != nil {
		return "", fmt.Errorf("policy file %s (from %s): %w", named, source, err)
	}
	if info.IsDir() {
		return "", fmt.Errorf("policy file %s (from %s) is a directory", named, source)
	}
	return abs, nil
}
