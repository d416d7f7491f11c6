// Package argon2id is a stand-in for github.com/alexedwards/argon2id: a
// password hash in the encoded form ($argon2id$v=19$m=…).
package argon2id

// Params are the hash's cost parameters.
type Params struct {
	Memory      uint32
	Iterations  uint32
	Parallelism uint8
	SaltLength  uint32
	KeyLength   uint32
}

// DefaultParams are sensible defaults.
var DefaultParams = &Params{Memory: 64 * 1024, Iterations: 1, Parallelism: 2, SaltLength: 16, KeyLength: 32}

// CreateHash returns the encoded Argon2id hash of password.
func CreateHash(password string, params *Params) (string, error) { return "", nil }

// ComparePasswordAndHash reports whether password matches hash.
func ComparePasswordAndHash(password, hash string) (bool, error) { return false, nil }
