// Package konf stands in for a configuration library (koanf, viper) and a
// web framework's request binding (echo, gin): methods that decode what
// the receiver holds into a struct they are given by address.
package konf

// K holds configuration values.
type K struct{ m map[string]string }

// String returns the value at key.
func (k *K) String(key string) string { return k.m[key] }

// UnmarshalWithConf decodes the values under path into out.
func (k *K) UnmarshalWithConf(path string, out any, conf any) error { return nil }

// Set puts a value under key.
func (k *K) Set(key string, v any) error { return nil }

// Context is a request's context.
type Context interface {
	Bind(out any) error
	Get(key string) any
	Set(key string, v any)
	SessionID() string
	JSON(code int, v any) error
	String(code int, s string) error
}
