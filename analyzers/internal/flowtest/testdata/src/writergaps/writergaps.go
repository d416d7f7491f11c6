// Package writergaps holds PL101 cases of writes to files through writers
// that wrap them (bufio, encoders) and through io.Writer parameters.
package writergaps

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"

	"model"
)

func buffered(f *os.File, u *model.User) {
	bw := bufio.NewWriter(f)
	bw.WriteString(u.SSN)                 // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a file unencrypted \(bw\.WriteString\)`
	fmt.Fprintf(bw, "%s\n", u.CardNumber) // want `PL101 user\.financial\.credit_card from User\.CardNumber is written to a file unencrypted \(fmt\.Fprintf\)`
	bw.Flush()
}

func encoded(path string, p *model.Patient) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	defer f.Close()
	enc := json.NewEncoder(bufio.NewWriter(f))
	return enc.Encode(p) // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a file unencrypted \(enc\.Encode\)`
}

func csvRows(f *os.File, u *model.User) {
	w := csv.NewWriter(f)
	w.Write([]string{u.Name, u.SSN}) // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a file unencrypted \(w\.Write\)`
	w.Flush()
}

func inMemory(u *model.User, p *model.Patient) string {
	var b bytes.Buffer
	bw := bufio.NewWriter(&b)
	bw.WriteString(u.SSN) // ok: a buffer in memory, not a file
	bw.Flush()
	json.NewEncoder(&b).Encode(p) // ok: a buffer in memory, not a file
	return b.String()
}

func response(w http.ResponseWriter, p *model.Patient) {
	json.NewEncoder(w).Encode(p) // ok: an HTTP response, not storage
}

// dump writes a user's SSN to whatever writer it is given.
func dump(w io.Writer, u *model.User) {
	fmt.Fprintf(w, "ssn=%s\n", u.SSN)
}

// line writes s to w.
func line(w io.Writer, s string) {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, s)
	bw.Flush()
}

func toFile(f *os.File, u *model.User) {
	dump(f, u)              // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a file unencrypted \(dump → fmt\.Fprintf\)`
	line(f, u.CardNumber)   // want `PL101 user\.financial\.credit_card from User\.CardNumber is written to a file unencrypted \(line → fmt\.Fprintln\)`
	line(io.Discard, u.SSN) // ok: discarded
	var b bytes.Buffer
	dump(&b, u) // ok: a buffer in memory
}

// relay passes its writer on: the caller's file is still the destination.
func relay(w io.Writer, u *model.User) { dump(w, u) }

func toFileViaRelay(f *os.File, u *model.User) {
	relay(f, u) // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a file unencrypted \(relay → fmt\.Fprintf\)`
}
