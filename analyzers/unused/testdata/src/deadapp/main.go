// Command deadapp calls some of its internal package's functions.
package main

import (
	"io"
	"os"

	"deadapp/internal/tg"
)

// fetcher is how the program calls Fetch.
type fetcher interface {
	Fetch(r io.Reader) error
}

func main() {
	if _, err := tg.Join(os.Stdin); err != nil {
		os.Exit(1)
	}
	var f fetcher = &tg.Client{}
	if err := f.Fetch(os.Stdin); err != nil {
		os.Exit(1)
	}
}
