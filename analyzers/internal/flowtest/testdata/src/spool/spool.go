// Package spool implements providers.Archiver in a package that neither
// declares the interface nor is imported by its callers.
package spool

import (
	"fmt"
	"os"
)

// Spool archives data to a file.
type Spool struct{ Path string }

// Archive writes data to the file.
func (s *Spool) Archive(data any) error {
	f, err := os.Create(s.Path)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = fmt.Fprintln(f, data)
	return err
}
