// Package jsoncases holds PL102 cases of structs logged as their JSON
// encoding: fields encoding/json leaves out (json:"-", unexported) are
// not in the text that reaches the log.
package jsoncases

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
)

// CommentReq is a request whose client address and agent the server
// fills in, tagged out of its JSON.
type CommentReq struct {
	Body      string `json:"body"`
	Email     string `json:"email,omitempty"`
	Note      string `json:"note,omitempty"`
	IP        string `json:"-"`
	UserAgent string `json:"-"`
	phone     string
	Nick      string `json:"-,"`
}

// Quiet formats itself for JSON: what it shows is its own business.
type Quiet struct {
	IP string `json:"-"`
}

// MarshalJSON shows the address.
func (q Quiet) MarshalJSON() ([]byte, error) { return []byte(`"` + q.IP + `"`), nil }

func local(r *http.Request) {
	req := &CommentReq{}
	req.IP = r.RemoteAddr
	req.Note = r.FormValue("phone")
	b, _ := json.Marshal(req)
	log.Printf("request %s", b) // want `PL102 user\.contact\.phone_number from r\.FormValue\("phone"\) is written to the log \(log\.Printf\)`
}

func localIndent(r *http.Request) {
	var req CommentReq
	req.IP = r.FormValue("ip")
	req.phone = r.FormValue("ssn")
	req.Nick = r.FormValue("phone")
	b, _ := json.MarshalIndent(&req, "", " ")
	log.Println(string(b)) // want `PL102 user\.contact\.phone_number from r\.FormValue\("phone"\) is written to the log \(log\.Println\)`
}

func encoded(r *http.Request) {
	req := CommentReq{IP: r.FormValue("ip"), Note: r.FormValue("phone")}
	json.NewEncoder(os.Stderr).Encode(req) // want `PL102 user\.contact\.phone_number from r\.FormValue\("phone"\) is written to standard error \(json\.NewEncoder\(os\.Stderr\)\.Encode\)`
}

func shown(r *http.Request) {
	req := &CommentReq{}
	req.IP = r.FormValue("ip")
	log.Printf("request %v", req) // want `PL102 user\.device\.ip_address from r\.FormValue\("ip"\) is written to the log \(log\.Printf\)`
}

func own(r *http.Request) {
	q := &Quiet{IP: r.FormValue("ip")}
	b, _ := json.Marshal(q)
	log.Printf("quiet %s", b) // want `PL102 user\.device\.ip_address from r\.FormValue\("ip"\) is written to the log \(log\.Printf\)`
}

// dedupe logs the JSON of whatever request it is given.
func dedupe(req any) {
	b, _ := json.Marshal(req)
	log.Printf("duplicate request: %s", string(b))
}

// dump logs the request as it is.
func dump(req any) {
	log.Printf("request: %v", req)
}

func viaHelper(r *http.Request) {
	req := &CommentReq{}
	dedupe(req) // want `PL102 user\.contact\.email from CommentReq\.Email is written to the log \(dedupe → log\.Printf\)`
	req.IP = r.FormValue("ip")
	req.UserAgent = r.Header.Get("User-Agent")
}

func viaDump(r *http.Request) {
	req := &CommentReq{}
	dump(req) // want `PL102 user\.contact\.email from CommentReq\.Email is written to the log \(dump → log\.Printf\)` `PL102 user\.device\.ip_address from CommentReq\.IP is written to the log \(dump → log\.Printf\)` `PL102 user\.device\.user_agent from CommentReq\.UserAgent is written to the log \(dump → log\.Printf\)` `PL102 user\.contact\.phone_number from CommentReq\.phone is written to the log \(dump → log\.Printf\)`
	req.IP = r.FormValue("ip")
}

// toJSON returns the JSON text of what it is given.
func toJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// JSONString returns the request as JSON text.
func (c *CommentReq) JSONString() string {
	b, _ := json.Marshal(c)
	return string(b)
}

func viaResult(r *http.Request) {
	req := &CommentReq{}
	req.IP = r.FormValue("ip")
	req.Note = r.FormValue("phone")
	log.Print(toJSON(req)) // want `PL102 user\.contact\.phone_number from r\.FormValue\("phone"\) is written to the log \(log\.Print\)`
}

func viaMethod(r *http.Request) {
	req := &CommentReq{}
	req.UserAgent = r.Header.Get("User-Agent")
	req.Note = r.FormValue("phone")
	log.Print(req.JSONString()) // want `PL102 user\.contact\.phone_number from r\.FormValue\("phone"\) is written to the log \(log\.Print\)` `PL102 user\.contact\.email from CommentReq\.Email is written to the log \(log\.Print\)`
}

func viaResultWhole(r *http.Request) {
	req := &CommentReq{}
	req.IP = r.FormValue("ip")
	s := toJSON(req) + toJSON(req.IP)
	log.Print(s) // want `PL102 user\.device\.ip_address from CommentReq\.IP is written to the log \(log\.Print\)`
}
