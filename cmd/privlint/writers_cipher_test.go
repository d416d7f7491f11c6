package main_test

import "testing"

// cipherModule stores second factors whose secrets a helper package
// encrypts: with AES-GCM's Seal, with a CFB stream that fills a buffer it
// returns (the IV, then XORKeyStream's output), or, for Backup, with the
// buffer a decrypter filled, which holds the plain secret.
var cipherModule = map[string]string{
	"go.mod": "module example.com/ciphered\n\ngo 1.26\n",
	"model/model.go": `// Package model declares the stored records.
package model

// Vault holds a user's password, sealed with AES-GCM.
type Vault struct {
	Password string
}

// Stream holds a user's password, encrypted with AES-CFB.
type Stream struct {
	Password string
}

// Backup holds a user's password as a decrypter returned it.
type Backup struct {
	Password string
}
`,
	"crypt/crypt.go": `// Package crypt encrypts and decrypts secrets.
package crypt

import (
	"crypto/aes"
	"crypto/cipher"
	"crypto/rand"
	"encoding/hex"
	"io"
)

// Seal encrypts text with AES-GCM under key, the nonce first.
func Seal(key, text []byte) (string, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return "", err
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return "", err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := io.ReadFull(rand.Reader, nonce); err != nil {
		return "", err
	}
	return hex.EncodeToString(gcm.Seal(nonce, nonce, text, nil)), nil
}

// Encrypt encrypts text with AES-CFB under key, the IV first.
func Encrypt(key, text []byte) (string, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return "", err
	}
	ciphertext := make([]byte, aes.BlockSize+len(text))
	iv := ciphertext[:aes.BlockSize]
	if _, err := io.ReadFull(rand.Reader, iv); err != nil {
		return "", err
	}
	stream := cipher.NewCFBEncrypter(block, iv)
	stream.XORKeyStream(ciphertext[aes.BlockSize:], text)
	return hex.EncodeToString(ciphertext), nil
}

// Decrypt decrypts what Encrypt made.
func Decrypt(key []byte, text string) (string, error) {
	raw, err := hex.DecodeString(text)
	if err != nil || len(raw) < aes.BlockSize {
		return "", err
	}
	block, err := aes.NewCipher(key)
	if err != nil {
		return "", err
	}
	plain := make([]byte, len(raw)-aes.BlockSize)
	stream := cipher.NewCFBDecrypter(block, raw[:aes.BlockSize])
	stream.XORKeyStream(plain, raw[aes.BlockSize:])
	return string(plain), nil
}
`,
	"store/store.go": `// Package store writes the records.
package store

import (
	"context"
	"database/sql"

	"example.com/ciphered/model"
)

// SaveVault writes v.
func SaveVault(ctx context.Context, db *sql.DB, v model.Vault) error {
	_, err := db.ExecContext(ctx, "INSERT INTO vault (password) VALUES (?)", v.Password)
	return err
}

// SaveStream writes s.
func SaveStream(ctx context.Context, db *sql.DB, s model.Stream) error {
	_, err := db.ExecContext(ctx, "INSERT INTO stream (password) VALUES (?)", s.Password)
	return err
}

// SaveBackup writes b.
func SaveBackup(ctx context.Context, db *sql.DB, b model.Backup) error {
	_, err := db.ExecContext(ctx, "INSERT INTO backup (password) VALUES (?)", b.Password)
	return err
}
`,
	"service/service.go": `// Package service encrypts what it stores.
package service

import (
	"context"
	"database/sql"

	"example.com/ciphered/crypt"
	"example.com/ciphered/model"
	"example.com/ciphered/store"
)

// Lock stores the password sealed with AES-GCM.
func Lock(ctx context.Context, db *sql.DB, key []byte, password string) error {
	s, err := crypt.Seal(key, []byte(password))
	if err != nil {
		return err
	}
	return store.SaveVault(ctx, db, model.Vault{Password: s})
}

// Enroll stores the password encrypted with AES-CFB.
func Enroll(ctx context.Context, db *sql.DB, key []byte, password string) error {
	s, err := crypt.Encrypt(key, []byte(password))
	if err != nil {
		return err
	}
	return store.SaveStream(ctx, db, model.Stream{Password: s})
}

// Restore stores what decrypting an encrypted password gave.
func Restore(ctx context.Context, db *sql.DB, key []byte, encrypted string) error {
	s, err := crypt.Decrypt(key, encrypted)
	if err != nil {
		return err
	}
	return store.SaveBackup(ctx, db, model.Backup{Password: s})
}
`,
}

// TestProtectedByCiphers checks that a field the whole module writes only
// with a cipher's output counts as protected for PL101: an AEAD's sealed
// text (Vault) and a buffer a CFB stream filled (Stream). A buffer a
// decrypter filled holds the plain value (Backup), and only ./store
// analyzed says nothing about the writers.
func TestProtectedByCiphers(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, cipherModule)
	checkPL101(t, dir, "./...", []string{
		"store/store.go:25:12: PL101 user.authorization.password from Backup.Password",
	})
	checkPL101(t, dir, "./store", []string{
		"store/store.go:13:12: PL101 user.authorization.password from Vault.Password",
		"store/store.go:19:12: PL101 user.authorization.password from Stream.Password",
		"store/store.go:25:12: PL101 user.authorization.password from Backup.Password",
	})
}
