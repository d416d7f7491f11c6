// Package hash hashes passwords with the algorithm the configuration
// names, through an interface whose implementations are registered by
// name: one of them, for tests, keeps the password as it is.
package hash

import (
	"encoding/hex"

	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/crypto/scrypt"
)

// PasswordSaltHasher hashes a password with a salt.
type PasswordSaltHasher interface {
	HashWithSaltBytes(password string, salt []byte) string
}

// Argon2Hasher hashes with argon2id.
type Argon2Hasher struct{}

// HashWithSaltBytes hashes password.
func (h *Argon2Hasher) HashWithSaltBytes(password string, salt []byte) string {
	return hex.EncodeToString(argon2.IDKey([]byte(password), salt, 1, 64*1024, 4, 32))
}

// BcryptHasher hashes with bcrypt.
type BcryptHasher struct{}

// HashWithSaltBytes hashes password.
func (h *BcryptHasher) HashWithSaltBytes(password string, salt []byte) string {
	b, _ := bcrypt.GenerateFromPassword([]byte(password), 10)
	return string(b)
}

// ScryptHasher hashes with scrypt.
type ScryptHasher struct{}

// HashWithSaltBytes hashes password.
func (h *ScryptHasher) HashWithSaltBytes(password string, salt []byte) string {
	b, _ := scrypt.Key([]byte(password), salt, 1<<15, 8, 1, 32)
	return hex.EncodeToString(b)
}

// DummyHasher keeps the password: for tests only.
type DummyHasher struct{}

// HashWithSaltBytes returns the salt and the password.
func (h *DummyHasher) HashWithSaltBytes(password string, salt []byte) string {
	return hex.EncodeToString(salt) + ":" + password
}

// PasswordHashAlgorithm is a named hasher.
type PasswordHashAlgorithm struct {
	PasswordSaltHasher
	Specification string
}

// Hash hashes password with salt.
func (a *PasswordHashAlgorithm) Hash(password, salt string) (string, error) {
	saltBytes, err := hex.DecodeString(salt)
	if err != nil {
		return "", err
	}
	return a.HashWithSaltBytes(password, saltBytes), nil
}

var factories = map[string]func(string) PasswordSaltHasher{}

// Register registers a hasher's constructor under name.
func Register[T PasswordSaltHasher](name string, newFn func(config string) T) {
	factories[name] = func(config string) PasswordSaltHasher { return newFn(config) }
}

// Parse returns the algorithm spec names.
func Parse(spec string) *PasswordHashAlgorithm {
	f, ok := factories[spec]
	if !ok {
		return nil
	}
	return &PasswordHashAlgorithm{PasswordSaltHasher: f(""), Specification: spec}
}

func init() {
	Register("argon2", func(string) *Argon2Hasher { return &Argon2Hasher{} })
	Register("bcrypt", func(string) *BcryptHasher { return &BcryptHasher{} })
	Register("scrypt", func(string) *ScryptHasher { return &ScryptHasher{} })
	Register("dummy", func(string) *DummyHasher { return &DummyHasher{} })
}
