// Package anonymous writes struct types without declaring them: in
// composite literals, parameters, slices and maps of a declaration, and
// function literals of a variable's initializer. Fields with a want
// comment must be flagged, the others must not.
package anonymous

import (
	"encoding/json"
	"io"
)

// reply writes a JSON answer from an anonymous struct of a composite
// literal: no name holds it, its fields alone decide.
func reply(w io.Writer, email, phone string) error {
	return json.NewEncoder(w).Encode(struct {
		Email string `json:"email"` // want Email:"pii user.contact.email by tag"
		Phone string `json:"phone"` // want Phone:"pii user.contact.phone_number by tag"
	}{email, phone})
}

// export lists rows of a slice literal held by a variable.
func export() int {
	rows := []struct {
		FullName string // want FullName:"pii user.name by name"
		SSN      string // want SSN:"pii user.government_id.national_identification_number by name"
	}{{"Ada Lovelace", "078-05-1120"}}
	return len(rows)
}

// files holds no personal data: look-alike names in a literal.
func files() int {
	f := struct {
		FileName string
		HostName string
		Name     string
	}{}
	return len(f.FileName + f.HostName + f.Name)
}

// update takes its payload as an anonymous struct parameter, named by the
// parameter: a signup holds the person's login.
func update(signup struct {
	Username string // want Username:"pii user.account.username by name"
	Password string // want Password:"pii user.authorization.password by name"
}) int {
	return len(signup.Username + signup.Password)
}

// MemberPage holds its members as a slice of anonymous structs, judged by
// the field that holds them.
type MemberPage struct {
	Members []struct {
		Email string `json:"email"` // want Email:"pii user.contact.email by tag"
		Name  string `json:"name"`  // want Name:"pii user.name by tag"
	} `json:"members"`
	ByID map[int]struct {
		Phone string // want Phone:"pii user.contact.phone_number by name"
	}
}

// repositories holds a page of repositories: Values says only that it
// holds elements, so they are judged as repositories, whose full name is
// owner/name, not a person's.
var repositories struct {
	Values []struct {
		FullName string `json:"full_name"`
	} `json:"values"`
}

// ProductList's items are products: a bare name there is no person's.
type ProductList struct {
	Items []struct {
		Name  string
		Price int
	}
}

// Repositories is a plural thing: its full name is a repository's.
type Repositories struct {
	FullName string
}

// handler is a function literal of a package-level variable: the types
// declared in it are classified as in a function.
var handler = func(body io.Reader) string {
	type registration struct {
		Email    string // want Email:"pii user.contact.email by name"
		Password string // want Password:"pii user.authorization.password by name"
	}
	var r registration
	_ = json.NewDecoder(body).Decode(&r)
	return r.Email + r.Password
}

// Profile's literal gives its Contact field a value of a struct type of
// its own, held by the field's name.
var Profile = struct {
	Contact struct{ Email string } // want Email:"pii user.contact.email by name"
}{
	Contact: struct{ Email string }{Email: "ada@example.com"}, // want Email:"pii user.contact.email by name"
}
