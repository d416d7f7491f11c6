// Package weakcases holds PL105 cases: personal data protected by a
// method that does not protect it. Lines with a want comment must be reported
// with that message; lines marked `// ok: <why>` must not.
package weakcases

import (
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/md5"
	"crypto/rand"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
	"log"
	mrand "math/rand"
	"net/http"
	"os"
	"strconv"
	"strings"

	"github.com/jinzhu/copier"
	"github.com/redis/go-redis/v9"
	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/nacl/secretbox"
	"golang.org/x/crypto/pbkdf2"
	"golang.org/x/crypto/scrypt"
	"gorm.io/gorm"

	"hashutil"
	"model"
)

// Account is a customer's account.
type Account struct {
	ID             int64
	Email          string
	Phone          string
	SSN            string
	Password       string
	PIN            string
	SecurityAnswer string
	RecoveryCode   string
	SessionToken   string
	LastIP         string
	DeviceID       string
	SSNSealed      string `pii:"user.government_id.national_identification_number,encrypted"`
	PhoneEnc       string `pii:"user.contact.phone_number,encrypted"`
}

// ---- (a) credentials hashed with a fast hash -----------------------------

func credentials(db *sql.DB, a *Account, secret []byte) {
	sum := md5.Sum([]byte(a.Password)) // want `PL105 user\.authorization\.password from Account\.Password is hashed with md5\.Sum, a fast hash, not a password hash, and written to a SQL database \(db\.Exec\)`
	db.Exec("UPDATE accounts SET pw = $1", hex.EncodeToString(sum[:]))

	h := sha1.New() // want `PL105 user\.authorization\.password from Account\.Password is hashed with sha1\.New, a fast hash, not a password hash, and written to the log \(log\.Printf\)`
	h.Write([]byte(a.Password))
	log.Printf("pw %x", h.Sum(nil))

	pin := sha512.Sum512([]byte(a.PIN)) // want `PL105 user\.authorization\.credentials from Account\.PIN is hashed with sha512\.Sum512, a fast hash, not a password hash, and sent to api\.bank\.example\.com \(http\.Post\)`
	http.Post("https://api.bank.example.com/pins", "text/plain", strings.NewReader(hex.EncodeToString(pin[:])))

	ans := crc32.ChecksumIEEE([]byte(strings.ToLower(a.SecurityAnswer))) // want `PL105 user\.authorization\.credentials from Account\.SecurityAnswer is hashed with crc32\.ChecksumIEEE, a fast hash, not a password hash, and written to a SQL database \(db\.Exec\)`
	db.Exec("UPDATE accounts SET answer = $1", ans)

	f := fnv.New64a() // want `PL105 user\.authorization\.credentials from Account\.RecoveryCode is hashed with fnv\.New64a, a fast hash, not a password hash, and written to a SQL database \(db\.Exec\)`
	io.WriteString(f, a.RecoveryCode)
	db.Exec("UPDATE accounts SET rc = $1", strconv.FormatUint(f.Sum64(), 16))

	mac := hmac.New(sha256.New, []byte("pepper")) // want `PL105 user\.authorization\.password from Account\.Password is hashed with hmac\.New and a hard-coded key \(a literal\), not a password hash, and written to a SQL database \(db\.Exec\)`
	mac.Write([]byte(a.Password))
	db.Exec("UPDATE accounts SET pw = $1", mac.Sum(nil))

	db.Exec("UPDATE accounts SET pw = $1", hashPassword(a.Password))

	pw := sha256.Sum256([]byte(a.Password)) // want `PL105 user\.authorization\.password from Account\.Password is hashed with sha256\.Sum256, a fast hash, not a password hash, and put into a request URL \(http\.Get\)`
	http.Get("https://auth.internal.example.com/check?h=" + hex.EncodeToString(pw[:]))
}

// hashPassword hashes with a fast hash: its callers store the result.
func hashPassword(p string) string {
	s := md5.Sum([]byte(p)) // want `PL105 user\.authorization\.password from Account\.Password is hashed with md5\.Sum, a fast hash, not a password hash, and written to a SQL database \(db\.Exec\)`
	return hex.EncodeToString(s[:])
}

func credentialsOK(db *sql.DB, a *Account, secret []byte, stored []byte, file []byte) {
	b, _ := bcrypt.GenerateFromPassword([]byte(a.Password), bcrypt.DefaultCost)
	db.Exec("UPDATE accounts SET pw = $1", b) // ok: bcrypt is a password hash
	k := argon2.IDKey([]byte(a.PIN), []byte("salt"), 1, 64*1024, 4, 32)
	db.Exec("UPDATE accounts SET pin = $1", k) // ok: argon2 is a password hash
	s, _ := scrypt.Key([]byte(a.SecurityAnswer), []byte("salt"), 1<<15, 8, 1, 32)
	db.Exec("UPDATE accounts SET answer = $1", s) // ok: scrypt is a password hash
	p := pbkdf2.Key([]byte(a.RecoveryCode), []byte("salt"), 600000, 32, sha256.New)
	db.Exec("UPDATE accounts SET rc = $1", p) // ok: pbkdf2 is a password hash
	pre := sha256.Sum256([]byte(a.Password))
	b2, _ := bcrypt.GenerateFromPassword([]byte(hex.EncodeToString(pre[:])), bcrypt.DefaultCost)
	db.Exec("UPDATE accounts SET pw = $1", b2) // ok: a SHA-256 pre-hash inside bcrypt
	mac := hmac.New(sha256.New, secret)
	mac.Write([]byte(a.Password))
	db.Exec("UPDATE accounts SET pw = $1", mac.Sum(nil)) // ok: an HMAC with a key from the caller
	tok := sha256.Sum256([]byte(a.SessionToken))
	db.Exec("UPDATE sessions SET h = $1", tok[:]) // ok: a SHA-256 of a random token
	c := md5.Sum(file)
	db.Exec("UPDATE files SET etag = $1", hex.EncodeToString(c[:])) // ok: a checksum of a file's content
	in := md5.Sum([]byte(a.Password))
	if hex.EncodeToString(in[:]) == string(stored) { // ok: only compared
		log.Println("login ok")
	}
	// The Pwned Passwords range query sends the first five hex digits of
	// the SHA-1 of a password: k-anonymity, neither PL104 nor PL105.
	h := sha1.Sum([]byte(a.Password))
	prefix := strings.ToUpper(hex.EncodeToString(h[:]))[:5]
	http.Get("https://api.pwnedpasswords.com/range/" + prefix) // ok: a five-digit hash prefix
}

// ---- (b) identifiers pseudonymised with an unkeyed fast hash -------------

func identifiers(ctx context.Context, db *sql.DB, a *Account) {
	e := sha256.Sum256([]byte(strings.ToLower(a.Email))) // want `PL105 user\.contact\.email from Account\.Email is pseudonymised with sha256\.Sum256, an unkeyed fast hash that hashing every likely value reverses, and written to a SQL database \(db\.Exec\)`
	db.Exec("INSERT INTO subscribers(email_hash) VALUES ($1)", hex.EncodeToString(e[:]))

	log.Printf("caller %x", md5.Sum([]byte(a.Phone))) // want `PL105 user\.contact\.phone_number from Account\.Phone is pseudonymised with md5\.Sum, an unkeyed fast hash that hashing every likely value reverses, and written to the log \(log\.Printf\)`

	ssn := sha1.Sum([]byte(a.SSN)) // want `PL105 user\.government_id\.national_identification_number from Account\.SSN is pseudonymised with sha1\.Sum, an unkeyed fast hash that hashing every likely value reverses, and sent to api\.partner\.example\.com \(http\.Post\)`
	http.Post("https://api.partner.example.com/match", "text/plain", strings.NewReader(fmt.Sprintf("%x", ssn)))

	d := md5.Sum([]byte(a.DeviceID)) // want `PL105 user\.device\.device_id from Account\.DeviceID is pseudonymised with md5\.Sum, an unkeyed fast hash that hashing every likely value reverses, and put into a request URL \(http\.Get\)`
	http.Get("https://stats.internal.example.com/d/" + hex.EncodeToString(d[:]))

	fmt.Fprintln(os.Stderr, anonymize(a.LastIP))
	fmt.Fprintln(os.Stderr, maskPhone(a.Phone))
}

// maskPhone is named for masking but only hashes: PL105 still judges it.
func maskPhone(p string) string {
	h := md5.Sum([]byte(p)) // want `PL105 user\.contact\.phone_number from Account\.Phone is pseudonymised with md5\.Sum, an unkeyed fast hash that hashing every likely value reverses, and written to standard error \(fmt\.Fprintln\)`
	return hex.EncodeToString(h[:])
}

// anonymize "anonymises" an IP address: its callers log the result.
func anonymize(ip string) string {
	h := sha256.New() // want `PL105 user\.device\.ip_address from Account\.LastIP is pseudonymised with sha256\.New, an unkeyed fast hash that hashing every likely value reverses, and written to standard error \(fmt\.Fprintln\)`
	h.Write([]byte(ip))
	return hex.EncodeToString(h.Sum(nil))
}

func identifiersOK(ctx context.Context, db *sql.DB, rdb *redis.Client, a *Account, key []byte, seen map[string]bool, known string) {
	k := sha256.Sum256([]byte(a.LastIP))
	rdb.Set(ctx, "ratelimit:"+hex.EncodeToString(k[:]), 1, 0) // ok: only a cache key
	m := md5.Sum([]byte(a.Email))
	seen[hex.EncodeToString(m[:])] = true // ok: only a map key
	c := sha256.Sum256([]byte(a.Email))
	if hex.EncodeToString(c[:]) == known { // ok: only compared
		log.Println("known subscriber")
	}
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(a.Email))
	db.Exec("INSERT INTO subscribers(pseudonym) VALUES ($1)", hex.EncodeToString(mac.Sum(nil))) // ok: an HMAC with a secret key
	p := sha256.Sum256([]byte(fmt.Sprint(a.ID)))
	db.Exec("INSERT INTO t(h) VALUES ($1)", p[:]) // ok: not personal data
	r := crc32.ChecksumIEEE([]byte(a.Email)) % 16
	db.Exec("INSERT INTO shards(n) VALUES ($1)", r) // ok: a shard number carries nothing
}

// ---- (c) encryption with a hard-coded key or a constant nonce -------------

var sealKey = []byte("0123456789abcdef0123456789abcdef")

// ExportedKey may be set by another package: not judged.
var ExportedKey = []byte("0123456789abcdef")

var zeroIV = make([]byte, aes.BlockSize)

func encryption(db *sql.DB, a *Account) {
	block, _ := aes.NewCipher([]byte("0123456789abcdef"))
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, gcm.NonceSize())
	io.ReadFull(rand.Reader, nonce)
	db.Exec("UPDATE accounts SET ssn = $1", gcm.Seal(nonce, nonce, []byte(a.SSN), nil)) // want `PL105 user\.government_id\.national_identification_number from Account\.SSN is encrypted with gcm\.Seal and a hard-coded key \(a literal\), and written to a SQL database \(db\.Exec\)`

	b2, _ := aes.NewCipher(sealKey)
	g2, _ := cipher.NewGCM(b2)
	n2 := make([]byte, g2.NonceSize())
	rand.Read(n2)
	ct := g2.Seal(n2, n2, []byte(a.Phone), nil) // want `PL105 user\.contact\.phone_number from Account\.Phone is encrypted with g2\.Seal and a hard-coded key \(package variable sealKey, a literal\), and written to the log \(log\.Println\)`
	log.Println(base64.StdEncoding.EncodeToString(ct))

	b3, _ := aes.NewCipher(loadKey())
	g3, _ := cipher.NewGCM(b3)
	zero := make([]byte, g3.NonceSize())
	db.Exec("UPDATE accounts SET email = $1", g3.Seal(nil, zero, []byte(a.Email), nil)) // want `PL105 user\.contact\.email from Account\.Email is encrypted with g3\.Seal and a nonce never filled from a random source \(all zeros\), and written to a SQL database \(db\.Exec\)`

	b4, _ := aes.NewCipher(loadKey())
	cbc := cipher.NewCBCEncrypter(b4, zeroIV)
	out := make([]byte, 32)
	cbc.CryptBlocks(out, []byte(a.SSN)) // want `PL105 user\.government_id\.national_identification_number from Account\.SSN is encrypted with cbc\.CryptBlocks and a nonce never filled from a random source \(package variable zeroIV, all zeros\), and written to a SQL database \(db\.Exec\)`
	db.Exec("UPDATE accounts SET ssn = $1", out)

	b5, _ := aes.NewCipher(loadKey())
	ctr := cipher.NewCTR(b5, []byte("fixed-iv-16bytes"))
	buf := make([]byte, len(a.Phone))
	ctr.XORKeyStream(buf, []byte(a.Phone)) // want `PL105 user\.contact\.phone_number from Account\.Phone is encrypted with ctr\.XORKeyStream and a constant nonce \(a literal\), and written to a SQL database \(db\.Exec\)`
	db.Exec("UPDATE accounts SET phone = $1", buf)

	aead, _ := chacha20poly1305.New([]byte("an-insecure-hard-coded-key-32by!"))
	n6 := make([]byte, chacha20poly1305.NonceSize)
	rand.Read(n6)
	db.Exec("UPDATE accounts SET email = $1", aead.Seal(n6, n6, []byte(a.Email), nil)) // want `PL105 user\.contact\.email from Account\.Email is encrypted with aead\.Seal and a hard-coded key \(a literal\), and written to a SQL database \(db\.Exec\)`

	var key [32]byte
	copy(key[:], loadKey())
	var n7 [24]byte
	box := secretbox.Seal(nil, []byte(a.SSN), &n7, &key) // want `PL105 user\.government_id\.national_identification_number from Account\.SSN is encrypted with secretbox\.Seal and a nonce never filled from a random source \(all zeros\), and written to a SQL database \(db\.Exec\)`
	db.Exec("UPDATE accounts SET ssn = $1", box)

	k8 := sha256.Sum256([]byte("my secret passphrase"))
	b8, _ := aes.NewCipher(k8[:])
	g8, _ := cipher.NewGCM(b8)
	n8 := make([]byte, g8.NonceSize())
	io.ReadFull(rand.Reader, n8)
	db.Exec("UPDATE accounts SET ssn = $1", g8.Seal(n8, n8, []byte(a.SSN), nil)) // want `PL105 user\.government_id\.national_identification_number from Account\.SSN is encrypted with g8\.Seal and a hard-coded key \(derived from a literal\), and written to a SQL database \(db\.Exec\)`

	b9, _ := aes.NewCipher(loadKey())
	g9, _ := cipher.NewGCM(b9)
	n9 := make([]byte, g9.NonceSize())
	mrand.Read(n9)
	db.Exec("UPDATE accounts SET ssn = $1", g9.Seal(n9, n9, []byte(a.SSN), nil)) // want `PL105 user\.government_id\.national_identification_number from Account\.SSN is encrypted with g9\.Seal and a nonce from math/rand, which is predictable, and written to a SQL database \(db\.Exec\)`
}

func loadKey() []byte { return []byte(os.Getenv("ACCOUNT_KEY")) }

func encryptionOK(db *sql.DB, a *Account, key []byte, note string) {
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, gcm.NonceSize())
	io.ReadFull(rand.Reader, nonce)
	db.Exec("UPDATE accounts SET ssn = $1", gcm.Seal(nonce, nonce, []byte(a.SSN), nil)) // ok: key from the caller, random nonce

	b2, _ := aes.NewCipher([]byte(os.Getenv("KEY")))
	g2, _ := cipher.NewGCM(b2)
	n2 := make([]byte, g2.NonceSize())
	rand.Read(n2)
	db.Exec("UPDATE accounts SET ssn = $1", g2.Seal(n2, n2, []byte(a.SSN), nil)) // ok: key from configuration

	b3, _ := aes.NewCipher([]byte("0123456789abcdef"))
	g3, _ := cipher.NewGCM(b3)
	n3 := make([]byte, g3.NonceSize())
	rand.Read(n3)
	db.Exec("UPDATE notes SET body = $1", g3.Seal(n3, n3, []byte(note), nil)) // ok: no personal data

	b4, _ := aes.NewCipher(ExportedKey)
	g4, _ := cipher.NewGCM(b4)
	n4 := make([]byte, g4.NonceSize())
	rand.Read(n4)
	db.Exec("UPDATE accounts SET ssn = $1", g4.Seal(n4, n4, []byte(a.SSN), nil)) // ok: an exported key may be set elsewhere

	b5, _ := aes.NewCipher(key)
	g5, _ := cipher.NewGCMWithRandomNonce(b5)
	db.Exec("UPDATE accounts SET ssn = $1", g5.Seal(nil, nil, []byte(a.SSN), nil)) // ok: the cipher makes its own nonces

	var k6 [32]byte
	io.ReadFull(rand.Reader, k6[:])
	var n6 [24]byte
	io.ReadFull(rand.Reader, n6[:])
	db.Exec("UPDATE accounts SET ssn = $1", secretbox.Seal(n6[:], []byte(a.SSN), &n6, &k6)) // ok: random key and nonce
}

// ---- (d) encoding taken for encryption -----------------------------------

func encodings(db *sql.DB, a *Account, ssn, phone string, aead cipher.AEAD, nonce []byte) {
	a.SSNSealed = base64.StdEncoding.EncodeToString([]byte(ssn)) // want `PL105 user\.government_id\.national_identification_number from parameter ssn of encodings is only encoded with base64\.StdEncoding\.EncodeToString, not encrypted, and stored in Account\.SSNSealed, a field marked encrypted`
	a.PhoneEnc = obscure(phone)
	b := &Account{PhoneEnc: base64.StdEncoding.EncodeToString(aead.Seal(nil, nonce, []byte(phone), nil))} // ok: the encoding of a ciphertext
	_ = b
	a.Email = base64.StdEncoding.EncodeToString([]byte(a.Email)) // ok: not a field marked encrypted
}

// obscure is taken for encryption by its callers.
func obscure(s string) string {
	return hex.EncodeToString([]byte(s)) // want `PL105 user\.contact\.phone_number from parameter phone of encodings is only encoded with hex\.EncodeToString, not encrypted, and stored in Account\.PhoneEnc, a field marked encrypted`
}

// ---- across packages: reported at the call into the helper ---------------

func helpers(db *sql.DB, u *model.User, a *Account) {
	db.Exec("UPDATE users SET pw = $1", hashutil.MD5(u.Password)) // want `PL105 user\.authorization\.password from User\.Password is hashed with md5\.Sum, a fast hash, not a password hash, and written to a SQL database \(db\.Exec\)`
	hashutil.SaveHashed(db, a.Phone)                              // want `PL105 user\.contact\.phone_number from Account\.Phone is pseudonymised with sha256\.Sum256, an unkeyed fast hash that hashing every likely value reverses, and written to a SQL database \(hashutil\.SaveHashed → db\.Exec\)`
	log.Println("user", hashutil.EmailKey(u))                     // want `PL105 user\.contact\.email from User\.Email is pseudonymised with sha256\.Sum256, an unkeyed fast hash that hashing every likely value reverses, and written to the log \(log\.Println\)`
	hashutil.SaveHashed(db, "static")                             // ok: no personal data
	log.Println("page", hashutil.MD5("/index.html"))              // ok: no personal data
}

// ---- a field that holds a password receives a fast hash -------------------

// signupForm is a request whose fields privlint cannot place.
type signupForm struct{ Login, Pass, Code string }

// Member is a club member.
type Member struct {
	Email    string
	Password string
}

func hashedFields(db *sql.DB, form *signupForm, a *Account, m *Member) {
	sum := md5.Sum([]byte(form.Pass)) // want `PL105 user\.authorization\.password in Member\.Password receives a value hashed with md5\.Sum, not a password hash`
	n := &Member{Email: "new@example.com", Password: hex.EncodeToString(sum[:])}
	_ = n
	again := sha1.Sum([]byte(m.Password))
	m.Password = hex.EncodeToString(again[:]) // ok: rehashed in place, only compared below
	if m.Password == form.Code {
		log.Println("match")
	}
	c := sha256.Sum256([]byte(form.Code))
	a.SessionToken = hex.EncodeToString(c[:]) // ok: a session token is not a guessable credential
}

// ---- a helper whose parameter name says what it hashes --------------------

func fallbacks(senderEmail, token string, claims map[string]interface{}) {
	log.Printf("rate limited [%s]", hashutil.HashEmail(senderEmail)) // want `PL105 user\.contact\.email from parameter email of HashEmail is pseudonymised with sha256\.Sum256, an unkeyed fast hash that hashing every likely value reverses, and written to the log \(log\.Printf\)`
	sub, _ := claims["sub"].(string)
	log.Printf("verified [%s]", hashutil.HashEmail(sub))     // want `PL105 user\.contact\.email from parameter email of HashEmail is pseudonymised with sha256\.Sum256`
	log.Printf("slow token [%s]", hashutil.HashEmail(token)) // ok: a token, not an e-mail address
}

// ---- copied by reflection into the row that is stored ---------------------

type userDTO struct {
	Email    string
	Password string
}

type userRow struct {
	ID       int64
	Email    string
	Password string
}

func copied(db *gorm.DB, req *userDTO) {
	s := md5.Sum([]byte(req.Password)) // want `PL105 user\.authorization\.password from userDTO\.Password is hashed with md5\.Sum, a fast hash, not a password hash, and written to a database \(gorm\) \(db\.Create\)`
	req.Password = hex.EncodeToString(s[:])
	row := &userRow{}
	copier.Copy(row, req)
	db.Create(row)
}

// ---- a local variable named for a credential ------------------------------

// digestLogged returns the hex MD5 of s, logging it on the way.
func digestLogged(s string) string {
	sum := md5.Sum([]byte(s))
	log.Printf("digest %x", sum)
	return hex.EncodeToString(sum[:])
}

// initialPassword derives a new user's first password from their phone.
func initialPassword(mobile string) string {
	password := "hello" + mobile[7:]
	return digestLogged(password) // want `PL105 user\.authorization\.password from variable password of initialPassword is hashed with md5\.Sum`
}

func localCredentials(ctx context.Context, db *sql.DB, rdb *redis.Client, mobile, code string) {
	pin := mobile[len(mobile)-4:]
	sum := sha1.Sum([]byte(pin)) // want `PL105 user\.authorization\.credentials from variable pin of localCredentials is hashed with sha1\.Sum`
	db.Exec("UPDATE accounts SET pin = $1", sum[:])
	salt := code + mobile
	digestLogged(salt) // ok: a salt is not a credential
	password := "Password123"
	digestLogged(password) // ok: a literal is a demo's sample
	pwd := code + mobile
	k := md5.Sum([]byte(pwd))
	rdb.Set(ctx, "otp:"+hex.EncodeToString(k[:]), 1, 0) // ok: only a cache key
	m := md5.Sum([]byte(mobile))
	rdb.Set(ctx, "m:"+hex.EncodeToString(m[:]), 1, 0) // ok: a bare mobile parameter, only a cache key
	log.Println("otp", hashutil.MD5(pwd))             // want `PL105 user\.authorization\.password from variable pwd of localCredentials is hashed with md5\.Sum`
}
