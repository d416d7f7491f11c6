// Package xormpayload holds PL101 cases of options passed by value and
// stored as their JSON encoding through xorm: the callee takes the
// address of its parameter (json.Marshal(&opts)), and what encoding/json
// leaves out (json:"-") is not stored.
package xormpayload

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"

	"xorm.io/xorm"
)

// MigrateForm is what a person types to migrate a repository.
type MigrateForm struct {
	RepoName     string
	AuthPassword string
	AuthToken    string
}

// Options are a migration's options.
type Options struct {
	RepoName     string
	AuthPassword string `json:"-"`
}

// Task is a queued task and its payload.
type Task struct {
	ID      int64
	Payload string
}

func createTask(e *xorm.Engine, opts Options) error {
	bs, err := json.Marshal(&opts)
	if err != nil {
		return err
	}
	_, err = e.Insert(&Task{Payload: string(bs)})
	return err
}

func migrate(e *xorm.Engine, f *MigrateForm) error {
	return createTask(e, Options{RepoName: f.RepoName, AuthPassword: f.AuthPassword}) // ok: json:"-" leaves it out
}

// PushOptions are a mirror's options, its token among them.
type PushOptions struct {
	RepoName  string
	AuthToken string `json:"auth_token"`
}

func createPushTask(e *xorm.Engine, opts PushOptions) error {
	opts.RepoName = "mirror-" + opts.RepoName
	bs, err := json.Marshal(&opts)
	if err != nil {
		return err
	}
	_, err = e.Insert(&Task{Payload: string(bs)})
	return err
}

func mirror(e *xorm.Engine, f *MigrateForm) error {
	return createPushTask(e, PushOptions{RepoName: f.RepoName, AuthToken: f.AuthToken}) // want `PL101 user\.authorization\.credentials from MigrateForm\.AuthToken is written to a SQL database \(xorm\) unencrypted \(createPushTask → e\.Insert\)`
}

// SealedOptions keep the token only encrypted: the plain one is cleared
// and never encoded.
type SealedOptions struct {
	RepoName           string
	AuthToken          string `json:"-"`
	AuthTokenEncrypted string `json:"auth_token_encrypted,omitempty"`
}

func encryptSecret(key, s string) string {
	block, _ := aes.NewCipher([]byte(key))
	out := make([]byte, aes.BlockSize+len(s))
	iv := out[:aes.BlockSize]
	io.ReadFull(rand.Reader, iv)
	cipher.NewCFBEncrypter(block, iv).XORKeyStream(out[aes.BlockSize:], []byte(s))
	return hex.EncodeToString(out)
}

var secretKey string

func createSealedTask(e *xorm.Engine, opts SealedOptions) error {
	opts.AuthTokenEncrypted = encryptSecret(secretKey, opts.AuthToken)
	opts.AuthToken = ""
	bs, err := json.Marshal(&opts)
	if err != nil {
		return err
	}
	_, err = e.Insert(&Task{Payload: string(bs)})
	e.Insert(&Repo{Name: opts.RepoName})
	return err
}

// Repo is a repository.
type Repo struct {
	ID   int64
	Name string
}

func migrateSealed(e *xorm.Engine, f *MigrateForm) error {
	return queueSealed(e, SealedOptions{RepoName: f.RepoName, AuthToken: f.AuthToken}) // ok: encrypted, and json:"-"
}

func queueSealed(e *xorm.Engine, opts SealedOptions) error {
	return createSealedTask(e, opts)
}
