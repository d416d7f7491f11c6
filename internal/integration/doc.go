// Package integration holds the tests that exercise privlint the way users
// run it outside the privlint command itself: the GitHub Action
// (action.yml, run in a simulated runner) and the pre-commit hooks
// (.pre-commit-hooks.yaml, run by the real pre-commit). It has no code of
// its own.
package integration
