// Package param is a stand-in for github.com/openai/openai-go/packages/param.
package param

// Opt is an optional request field.
type Opt[T any] struct{ Value T }
