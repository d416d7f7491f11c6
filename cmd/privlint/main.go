// Command privlint is a static privacy-compliance linter for Go code.
//
// It runs as a standalone command (privlint check, rules, version) and as
// a go vet tool: go vet -vettool=$(command -v privlint) ./...
package main

import (
	"os"

	"github.com/privlint/privlint/cmd/privlint/internal/cli"
)

func main() {
	if cli.IsVet(os.Args[1:]) {
		cli.Vet()
		return
	}
	os.Exit(cli.Main(os.Args[1:], os.Stdout, os.Stderr))
}
