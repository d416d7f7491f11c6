package logcases

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha1"
	"encoding/hex"
	"fmt"
	"hash"
	"io"
	"log"
	"os"
	"strings"
)

// Visitor is a person whose address a site hashes.
type Visitor struct {
	Email string
}

// hashOrLog hashes val, logging it when the write to the hash fails,
// which a hash.Hash's write never does: the log line never runs.
func hashOrLog(h hash.Hash, val string) string {
	if _, err := io.WriteString(h, val); err != nil {
		log.Printf("[WARN] can't hash %s, %s", val, err) // ok: a hash's write never fails
		return ""
	}
	return hex.EncodeToString(h.Sum(nil))
}

// keyed is hashOrLog with an HMAC, as an app calls it.
func keyed(v Visitor, secret string) string {
	return hashOrLog(hmac.New(sha1.New, []byte(secret)), v.Email)
}

// neverFailingWriters logs the data only where a write that never fails
// (to a hash, a bytes.Buffer, a strings.Builder) has failed, which never
// happens; writes to a file can fail, and the data logged then is.
func neverFailingWriters(v Visitor, f *os.File, w io.Writer) {
	h := sha1.New()
	if _, err := h.Write([]byte(v.Email)); err != nil {
		log.Println("hash", v.Email) // ok: never runs
	}
	var buf bytes.Buffer
	if _, err := buf.WriteString(v.Email); err != nil {
		log.Println("buffer", v.Email) // ok: never runs
	}
	var sb strings.Builder
	if _, err := fmt.Fprintf(&sb, "<%s>", v.Email); err == nil {
		log.Println("built") // ok: nothing personal
	} else {
		log.Println("builder", v.Email) // ok: never runs
	}

	if _, err := f.WriteString(v.Email); err != nil {
		log.Println("file", v.Email) // want `PL102 user\.contact\.email from Visitor\.Email is written to the log \(log\.Println\)`
	}
	if _, err := io.WriteString(w, v.Email); err != nil {
		log.Println("writer", v.Email) // want `PL102 user\.contact\.email from Visitor\.Email is written to the log \(log\.Println\)`
	}
	log.Println("after", v.Email) // want `PL102 user\.contact\.email from Visitor\.Email is written to the log \(log\.Println\)`
}

// hashedVisitor logs the HMAC of the address: a keyed hash protects it.
func hashedVisitor(v Visitor, secret string) {
	log.Println("visitor", keyed(v, secret)) // ok: an HMAC of the address
}
