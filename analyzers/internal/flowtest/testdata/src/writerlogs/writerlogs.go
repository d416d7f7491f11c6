// Package writerlogs holds PL102 cases of personal data written to
// standard output or error through an io.Writer parameter or a wrapper.
package writerlogs

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"model"
)

// report prints a user's e-mail address to w.
func report(w io.Writer, u *model.User) {
	fmt.Fprintf(w, "user %s\n", u.Email)
}

func console(u *model.User) {
	report(os.Stderr, u)                      // want `PL102 user\.contact\.email from User\.Email is written to standard error \(report → fmt\.Fprintf\)`
	json.NewEncoder(os.Stdout).Encode(u.Name) // want `PL102 user\.name from User\.Name is written to standard output \(json\.NewEncoder\(os\.Stdout\)\.Encode\)`
	bw := bufio.NewWriter(os.Stdout)
	bw.WriteString(fmt.Sprint(u.ID)) // ok: not personal data
	bw.Flush()
}
