// Package util reproduces the shape of yuedun/metal util/helper.go.
package util

import (
	"crypto/md5"
	"encoding/hex"
	"fmt"
	"log"
)

// GetMD5 returns the hex MD5 of password, logging it on the way.
func GetMD5(password string) string {
	Md5Inst := md5.New() // corpus:metal-getmd5-log
	Md5Inst.Write([]byte(password))
	Result := Md5Inst.Sum(nil)
	log.Printf("formatted>>>>>>>%x\n", Result)
	log.Print("hex>>>>>>>", hex.EncodeToString(Result), "\n")
	return fmt.Sprintf("%x", Result)
}

// GeneratePassword derives an initial password from a mobile number.
func GeneratePassword(mobile string) string {
	b := []byte(mobile)
	p := b[7:]
	password := "hello" + string(p)
	return GetMD5(password) // corpus:metal-generate-password
}
