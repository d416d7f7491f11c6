// Package objstores holds cases of a helper that writes into an object of
// another package's type it is given by address (a generated JSON
// encoder's writer): what it writes there is in the caller's object.
package objstores

import (
	"log"

	"example.com/jw"
)

// Recipient is who a message goes to.
type Recipient struct {
	Email string `json:"email" purpose:"account"`
	Plan  string `json:"plan"`
}

// encodeRecipient is what a JSON encoder generator writes.
func encodeRecipient(out *jw.Writer, in Recipient) {
	out.RawByte('{')
	out.RawString(`"email":`)
	out.String(in.Email)
	out.RawByte('}')
}

// MarshalJSON encodes r through the generated encoder.
func (r Recipient) MarshalJSON() ([]byte, error) {
	w := jw.Writer{}
	encodeRecipient(&w, r)
	return w.Buffer.BuildBytes(), w.Error
}

func sent(r Recipient) {
	b, _ := r.MarshalJSON()
	log.Printf("posted %s", b) // want `PL102 user\.contact\.email from Recipient\.Email is written to the log \(log\.Printf\)`
}

// quoted writes s into out.
func quoted(out *jw.Writer, s string) {
	out.RawByte('"')
	out.String(s)
	out.RawByte('"')
}

func sentParam(r *Recipient) {
	w := jw.Writer{}
	quoted(&w, r.Email)
	log.Printf("posted %s", w.Buffer.BuildBytes()) // want `PL102 user\.contact\.email from Recipient\.Email is written to the log \(log\.Printf\)`
}

// header writes a constant header into out.
func header(out *jw.Writer, r Recipient) int {
	out.RawString(`{"v":1}`)
	return len(r.Plan)
}

func sentHeader(r Recipient) {
	w := jw.Writer{}
	header(&w, r)
	log.Printf("posted %s", w.Buffer.BuildBytes()) // ok: header writes only a constant into w
}
