// Package utils reproduces the shape of Goofygiraffe06/zinc
// internal/utils/utils.go: "a consistent hash for logging without
// exposing PII" — twelve hex digits of an unkeyed SHA-256.
package utils

import (
	"crypto/sha256"
	"encoding/hex"
)

// HashEmail returns the first twelve hex digits of the SHA-256 of email.
func HashEmail(email string) string {
	hash := sha256.Sum256([]byte(email))
	return hex.EncodeToString(hash[:])[:12]
}
