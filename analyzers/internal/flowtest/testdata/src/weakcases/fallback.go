package weakcases

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"hash/crc32"
	"io"
	"log"
)

// hmacOrChecksum keys the address with an HMAC and falls back to an
// unkeyed checksum, logged, when the write to the hash fails, which a
// hash.Hash's write never does: the fallback never runs.
func hmacOrChecksum(h hash.Hash, val string) string {
	if _, err := io.WriteString(h, val); err != nil {
		log.Printf("fallback %x", crc32.ChecksumIEEE([]byte(val))) // ok: a hash's write never fails
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

// sendOrChecksum writes the address to w, which can fail, and logs its
// checksum then.
func sendOrChecksum(w io.Writer, val string) {
	if _, err := io.WriteString(w, val); err != nil {
		log.Printf("fallback %x", crc32.ChecksumIEEE([]byte(val))) // want `PL105 user\.contact\.email from Account\.Email is pseudonymised with crc32\.ChecksumIEEE, an unkeyed fast hash that hashing every likely value reverses, and written to the log \(sendOrChecksum → log\.Printf\)`
	}
}

func checksumFallbacks(a *Account, w io.Writer, secret []byte) string {
	sendOrChecksum(w, a.Email)
	return hmacOrChecksum(hmac.New(sha256.New, secret), a.Email)
}
