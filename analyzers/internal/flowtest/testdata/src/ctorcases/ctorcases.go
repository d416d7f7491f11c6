// Package ctorcases reads fields of structs that a constructor of another
// package built: a field holds what the constructor stored in it, not
// everything the constructor was given.
package ctorcases

import (
	"encoding/hex"
	"log"

	"ctorcases/challenge"
	"model"
)

func randomFields(u *model.User) {
	c, err := challenge.New(u.Email, 8)
	if err != nil {
		return
	}
	id := hex.EncodeToString(c.PublicID[:])
	log.Println("challenge", id)          // ok: a random identifier
	log.Println("value", string(c.Value)) // ok: random bytes
	log.Println("first", c.PublicID[0])   // ok: a random byte
}

func storedField(u *model.User) {
	c := challenge.Noted(u.Email)
	log.Println("note", c.Note) // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Println\)`
}

func wholeStruct(u *model.User) {
	c, err := challenge.New(u.Email, 8)
	if err != nil {
		return
	}
	log.Printf("challenge %+v", c) // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Printf\)`
}

func valueResult(u *model.User) {
	p := challenge.Plain(u.Email)
	log.Println("note", p.Note)           // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Println\)`
	log.Println("value", string(p.Value)) // ok: nothing stored there
}

// valueSpilled takes an address inside the struct, which keeps it in a
// variable: its fields hold what the result's did.
func valueSpilled(u *model.User) {
	p := challenge.Plain(u.Email)
	log.Println("note", p.Note) // want `PL102 user\.contact\.email from User\.Email is written to the log \(log\.Println\)`
	_ = hex.EncodeToString(p.PublicID[:])
}
