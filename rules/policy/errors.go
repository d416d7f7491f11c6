package policy

import (
	"cmp"
	"errors"
	"slices"
	"strings"

	"github.com/privlint/privlint/finding"
)

// Error is a problem in a policy file: where it is and what is wrong.
type Error struct {
	// File is the path of the policy file as given to Load or Parse.
	File string
	// Line and Column are 1-based; 0 when unknown. Column counts Unicode
	// code points, as yaml.v3 does.
	Line, Column int
	// Key is the dotted path of the offending key, e.g.
	// "purposes.billing.legal_basis"; list elements are written key[i].
	// Empty for problems with the file as a whole.
	Key string
	// Msg says what is wrong.
	Msg string
}

// Error formats the problem as file:line: key: msg, leaving out the parts
// that are unknown.
// The column is left out: a key path says more than a column.
func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(finding.Where(e.File, e.Line, 0))
	if e.Key != "" {
		b.WriteString(e.Key)
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// joinErrors sorts errs by file, then into file order, drops duplicates and returns them
// as one error: the *Error itself when there is one, errors.Join otherwise.
func joinErrors(errs []*Error) error {
	if len(errs) == 0 {
		return nil
	}
	slices.SortStableFunc(errs, func(a, b *Error) int {
		return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column),
			strings.Compare(a.Key, b.Key), strings.Compare(a.Msg, b.Msg))
	})
	errs = slices.CompactFunc(errs, func(a, b *Error) bool { return *a == *b })
	if len(errs) == 1 {
		return errs[0]
	}
	list := make([]error, len(errs))
	for i, e := range errs {
		list[i] = e
	}
	return errors.Join(list...)
}

// Errors returns the individual problems in err, an error returned by Load
// or Parse, in file order. It returns nil when err holds no *Error (for
// instance when the file could not be read).
func Errors(err error) []*Error {
	var out []*Error
	var walk func(error)
	walk = func(err error) {
		if err == nil {
			return
		}
		if e, ok := err.(*Error); ok {
			out = append(out, e)
			return
		}
		switch u := err.(type) {
		case interface{ Unwrap() []error }:
			for _, e := range u.Unwrap() {
				walk(e)
			}
		case interface{ Unwrap() error }:
			walk(u.Unwrap())
		}
	}
	walk(err)
	return out
}
