package cli

import (
	"fmt"
	"os"
	"strconv"

	"github.com/privlint/privlint/rules/safefile"
)

// EnvConfineOutput is the environment variable that confines the files
// privlint writes (--output, --count-file, --write-baseline, init's
// policy) to the repository root: 1 or true confines them, 0 or false does
// not. Unset (or empty), they are confined when GITHUB_ACTIONS is "true":
// a CI job checks out code it may not trust, and there a report path
// inside the checkout that leads out of it through a symbolic link can
// only come from the code under analysis. Paths outside the repository as
// written (--output $RUNNER_TEMP/privlint.sarif) are never refused.
const EnvConfineOutput = "PRIVLINT_CONFINE_OUTPUT"

// outputRoot returns the root the files privlint writes are confined to
// (safefile.RepoRoot of cwd), or "" when they are not confined.
func outputRoot(cwd string) (string, error) {
	on := os.Getenv("GITHUB_ACTIONS") == "true"
	if v := os.Getenv(EnvConfineOutput); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			return "", fmt.Errorf("%s=%q: want 1 or 0 (or true or false)", EnvConfineOutput, v)
		}
		on = b
	}
	if !on {
		return "", nil
	}
	return safefile.RepoRoot(cwd), nil
}
