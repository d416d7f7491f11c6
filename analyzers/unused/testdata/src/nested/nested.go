// Package nested exercises an encoder's read of a field nested deep in
// what it is given: a search response whose list holds results, whose
// results point to an object, whose object points to its author.
package nested

import (
	"encoding/json"
	"log"
	"net/http"
)

// Resp is what the handler encodes into the HTTP response.
type Resp struct {
	Total   int
	Results []*Result
}

// Result is one element of the list.
type Result struct {
	Kind   string
	Object *Object
}

// Object is the item found.
type Object struct {
	Title  string
	Author *Author
}

// Author, four pointers and a slice below Resp, is encoded with it:
// used.
//
//privlint:purpose account
type Author struct {
	Username string `pii:"user.account.username"`
}

// Audit is the same shape, only marshaled for the log.
type Audit struct {
	Results []*AuditResult
}

// AuditResult is one element of the audit.
type AuditResult struct {
	Object *AuditObject
}

// AuditObject is the item audited.
type AuditObject struct {
	Actor *Actor
}

// Actor is reached as deep, but only logged and stored: not used.
//
//privlint:purpose account
type Actor struct {
	Email string `pii:"email"`
}

// Search answers a search with the results and their authors.
func Search(w http.ResponseWriter, r *http.Request) {
	resp := &Resp{}
	for _, name := range r.URL.Query()["user"] {
		obj := &Object{Title: "found", Author: &Author{}}
		obj.Author.Username = name
		resp.Results = append(resp.Results, &Result{Kind: "question", Object: obj})
	}
	_ = json.NewEncoder(w).Encode(resp)
}

// Record logs who searched.
func Record(r *http.Request) {
	a := &Audit{}
	obj := &AuditObject{Actor: &Actor{}}
	obj.Actor.Email = r.FormValue("email")
	a.Results = append(a.Results, &AuditResult{Object: obj})
	b, _ := json.Marshal(a)
	log.Printf("search: %s", b)
}
