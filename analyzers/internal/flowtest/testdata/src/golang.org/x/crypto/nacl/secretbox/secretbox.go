// Package secretbox is a stand-in for golang.org/x/crypto/nacl/secretbox.
package secretbox

func Seal(out, message []byte, nonce *[24]byte, key *[32]byte) []byte { return append(out, message...) }

func Open(out, box []byte, nonce *[24]byte, key *[32]byte) ([]byte, bool) { return out, true }
