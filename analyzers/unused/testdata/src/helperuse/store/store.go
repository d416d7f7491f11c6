// Package store holds helpers another package hands personal data to:
// some only store or log what they are given, others also use it (look
// it up, compare it, return it). Their flow summaries (facts) tell
// PL201 in the calling package which is which.
package store

import (
	"database/sql"
	"log"
	"strings"
)

// Save only stores v.
func Save(db *sql.DB, v string) {
	db.Exec("INSERT INTO t VALUES($1)", v)
}

// SaveLogged stores v and logs it: still only stored or logged.
func SaveLogged(db *sql.DB, v string) {
	db.Exec("INSERT INTO t VALUES($1)", v)
	log.Printf("saved %s", v)
}

// SaveVia only stores v, through Save.
func SaveVia(db *sql.DB, v string) {
	Save(db, v)
}

// SaveAndFind stores v and looks the user it names up.
func SaveAndFind(db *sql.DB, v string) error {
	db.Exec("INSERT INTO t VALUES($1)", v)
	row := db.QueryRow("SELECT id FROM users WHERE name = $1", strings.ToLower(v))
	var id int
	return row.Scan(&id)
}

// SaveFindVia stores v and looks it up, through SaveAndFind.
func SaveFindVia(db *sql.DB, v string) error {
	return SaveAndFind(db, v)
}

// SaveAndCheck stores v and compares it.
func SaveAndCheck(db *sql.DB, v string) bool {
	db.Exec("INSERT INTO t VALUES($1)", v)
	return v == "root"
}

// SaveAndReturn stores v and hands it back.
func SaveAndReturn(db *sql.DB, v string) string {
	db.Exec("INSERT INTO t VALUES($1)", v)
	return v
}

// Uploader keeps the owner it restores a repository for.
type Uploader struct {
	owner string
}

// NewUploader returns an uploader for owner.
func NewUploader(owner string) *Uploader {
	return &Uploader{owner: owner}
}

// Create looks the uploader's owner up.
func (u *Uploader) Create(db *sql.DB) error {
	_, err := db.Query("SELECT id FROM users WHERE name = $1", u.owner)
	return err
}

// Restore stores owner, keeps it in an uploader and, through it, looks
// the owner up.
func Restore(db *sql.DB, owner string) error {
	up := NewUploader(owner)
	Save(db, owner)
	return up.Create(db)
}
