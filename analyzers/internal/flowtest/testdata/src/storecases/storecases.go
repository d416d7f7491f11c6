// Package storecases holds PL101 cases: encryption-required personal data
// written to storage.
package storecases

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"crypto/hmac"
	"crypto/sha256"
	"database/sql"
	"fmt"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/alexedwards/argon2id"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/mongo"
	"golang.org/x/crypto/argon2"
	"golang.org/x/crypto/bcrypt"
	"gorm.io/gorm"

	"helpers"
	"model"
	"recordstore"
	"vault"
)

func sqlDB(ctx context.Context, db *sql.DB, tx *sql.Tx, u *model.User, p *model.Patient) {
	db.Exec("INSERT INTO users(ssn) VALUES($1)", u.SSN)           // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(db\.Exec\)`
	db.ExecContext(ctx, "UPDATE patients SET dx=$1", p.Diagnosis) // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a SQL database unencrypted \(db\.ExecContext\)`
	tx.Exec("INSERT INTO cards(n) VALUES(?)", u.CardNumber)       // want `PL101 user\.financial\.credit_card from User\.CardNumber is written to a SQL database unencrypted \(tx\.Exec\)`
}

func drivers(ctx context.Context, x *sqlx.DB, g *gorm.DB, pc *pgx.Conn, pool *pgxpool.Pool, coll *mongo.Collection, rdb *redis.Client, u *model.User, p *model.Patient) {
	x.Exec("INSERT INTO users(ssn) VALUES(?)", u.SSN)                                      // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(x\.Exec\)`
	x.NamedExec("INSERT INTO patients(dx) VALUES(:dx)", map[string]any{"dx": p.Diagnosis}) // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a SQL database unencrypted \(x\.NamedExec\)`
	g.Create(p)                                                                            // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a database \(gorm\) unencrypted \(g\.Create\)`
	g.Model(u).Update("card", u.CardNumber)                                                // want `PL101 user\.financial\.credit_card from User\.CardNumber is written to a database \(gorm\) unencrypted \(g\.Model\(u\)\.Update\)`
	pc.Exec(ctx, "INSERT INTO users(ssn) VALUES($1)", u.SSN)                               // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a PostgreSQL database unencrypted \(pc\.Exec\)`
	pool.Exec(ctx, "INSERT INTO users(card) VALUES($1)", u.CardNumber)                     // want `PL101 user\.financial\.credit_card from User\.CardNumber is written to a PostgreSQL database unencrypted \(pool\.Exec\)`
	coll.InsertOne(ctx, bson.M{"ssn": u.SSN})                                              // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a MongoDB collection unencrypted \(coll\.InsertOne\)`
	coll.UpdateOne(ctx, bson.M{"_id": p.ID}, bson.D{{Key: "dx", Value: p.Diagnosis}})      // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a MongoDB collection unencrypted \(coll\.UpdateOne\)`
	rdb.Set(ctx, "ssn:"+fmt.Sprint(u.ID), u.SSN, time.Hour)                                // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a Redis cache unencrypted \(rdb\.Set\)`
	rdb.HSet(ctx, "patient", "dx", p.Diagnosis)                                            // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a Redis cache unencrypted \(rdb\.HSet\)`
}

func files(ctx context.Context, f *os.File, s3c *s3.Client, u *model.User, p *model.Patient) {
	os.WriteFile("ssn.txt", []byte(u.SSN), 0o600)                                                                                     // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a file unencrypted \(os\.WriteFile\)`
	f.Write([]byte(p.Diagnosis))                                                                                                      // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a file unencrypted \(f\.Write\)`
	f.WriteString(u.CardNumber)                                                                                                       // want `PL101 user\.financial\.credit_card from User\.CardNumber is written to a file unencrypted \(f\.WriteString\)`
	fmt.Fprintf(f, "%s\n", u.SSN)                                                                                                     // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a file unencrypted \(fmt\.Fprintf\)`
	s3c.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("b"), Key: aws.String("k"), Body: bytes.NewReader([]byte(p.Diagnosis))}) // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to an S3 bucket unencrypted \(s3c\.PutObject\)`
}

func flows(db *sql.DB, u *model.User, p *model.Patient) {
	row := fmt.Sprintf("%s;%s", u.Name, u.SSN)
	db.Exec("INSERT INTO t VALUES($1)", row) // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(db\.Exec\)`
	helpers.Persist(db, p.Diagnosis)         // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a SQL database unencrypted \(helpers\.Persist → db\.Exec\)`
	store(db, u.CardNumber)                  // want `PL101 user\.financial\.credit_card from User\.CardNumber is written to a SQL database unencrypted \(store → db\.Exec\)`
	ssn := ssnOf(u)
	db.Exec("INSERT INTO t VALUES($1)", ssn)                     // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(db\.Exec\)`
	put := func() { db.Exec("INSERT INTO t VALUES($1)", u.SSN) } // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(db\.Exec\)`
	put()
	vals := []any{p.Diagnosis}
	db.Exec("INSERT INTO t VALUES($1)", vals...) // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a SQL database unencrypted \(db\.Exec\)`
	var s recordstore.Store
	s.Put("user", u.SSN)            // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to storage unencrypted \(s\.Put\)`
	helpers.Save("dx", p.Diagnosis) // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to storage unencrypted \(helpers\.Save\)`
}

func store(db *sql.DB, v string) { db.Exec("INSERT INTO t VALUES($1)", v) }

func ssnOf(u *model.User) string { return u.SSN }

func inputs(db *sql.DB, ssn string, r *http.Request) {
	db.Exec("INSERT INTO t VALUES($1)", ssn)                  // want `PL101 user\.government_id\.national_identification_number from parameter ssn of inputs is written to a SQL database unencrypted \(db\.Exec\)`
	db.Exec("INSERT INTO t VALUES($1)", r.FormValue("ssn"))   // want `PL101 user\.government_id\.national_identification_number from r\.FormValue\("ssn"\) is written to a SQL database unencrypted \(db\.Exec\)`
	db.Exec("INSERT INTO t VALUES($1)", r.FormValue("email")) // ok: e-mail needs no encryption
	db.Exec("INSERT INTO t VALUES($1)", r.FormValue("page"))  // ok: not personal data
}

func sealed(db *sql.DB, key []byte, u *model.User, p *model.Patient, box *vault.Box) {
	block, _ := aes.NewCipher(key)
	gcm, _ := cipher.NewGCM(block)
	nonce := make([]byte, gcm.NonceSize())
	ct := gcm.Seal(nil, nonce, []byte(u.SSN), nil)
	db.Exec("INSERT INTO t VALUES($1)", ct) // ok: AES-GCM Seal encrypts it
	h, _ := bcrypt.GenerateFromPassword([]byte(u.Password), bcrypt.DefaultCost)
	db.Exec("INSERT INTO t VALUES($1)", h) // ok: bcrypt hash of the password
	k := argon2.IDKey([]byte(u.Password), []byte("salt"), 1, 64*1024, 4, 32)
	db.Exec("INSERT INTO t VALUES($1)", k) // ok: argon2 hash of the password
	enc, _ := argon2id.CreateHash(u.Password, argon2id.DefaultParams)
	db.Exec("INSERT INTO t VALUES($1)", enc) // ok: Argon2id hash of the password, encoded
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(u.SSN))
	db.Exec("INSERT INTO t VALUES($1)", mac.Sum(nil)) // ok: HMAC of the SSN
	sum := sha256.Sum256([]byte(u.Password))
	db.Exec("INSERT INTO t VALUES($1)", sum[:]) // ok: sha256 protects a password
	ssnHash := sha256.Sum256([]byte(u.SSN))
	db.Exec("INSERT INTO t VALUES($1)", ssnHash[:]) // ok: PL105 reports the unkeyed hash of an identifier, not PL101 as well
	dxHash := sha256.Sum256([]byte(p.Diagnosis))
	db.Exec("INSERT INTO t VALUES($1)", dxHash[:])                    // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a SQL database unencrypted \(db\.Exec\)`
	db.Exec("INSERT INTO t VALUES($1)", vault.Seal(p.Diagnosis))      // ok: policy encryption.functions
	db.Exec("INSERT INTO t VALUES($1)", box.Lock(u.CardNumber))       // ok: policy encryption.functions method
	db.Exec("INSERT INTO t VALUES($1)", vault.Tokenize(u.SSN))        // ok: //privlint:encrypts
	db.Exec("INSERT INTO t VALUES($1)", vault.Wrap(u.SSN))            // ok: policy encryption.types
	db.Exec("INSERT INTO t VALUES($1)", encrypt(key, p.Diagnosis))    // ok: local //privlint:encrypts
	db.Exec("INSERT INTO t VALUES($1)", u.PasswordHash)               // ok: already one-way
	db.Exec("INSERT INTO t VALUES($1)", u.TaxID)                      // ok: pii:",encrypted" field
	db.Exec("INSERT INTO t VALUES($1, $2)", u.ID, u.CreatedAt)        // ok: non-personal fields
	db.Exec("INSERT INTO t VALUES($1)", u.Email)                      // ok: e-mail needs no encryption by default
	db.Exec("INSERT INTO t VALUES($1)", len(u.SSN))                   // ok: a length carries nothing
	db.Exec("INSERT INTO t VALUES($1)", u.SSN != "")                  // ok: a boolean carries nothing
	db.Exec("INSERT INTO t VALUES($1)", helpers.Count(p.Diagnosis))   // ok: the helper returns a number
	db.Exec("INSERT INTO t VALUES($1)", helpers.Describe("constant")) // ok: no personal data
	db.Exec("INSERT INTO t VALUES($1)", u.SSN)                        //privlint:ignore PL101 column encrypted by pgcrypto, see DPIA-3
	var s recordstore.Store
	s.Put("user", u.Email)                           // ok: e-mail needs no encryption
	log.Println("stored", u.ID)                      // ok: not storage, non-personal
	os.WriteFile("out.txt", []byte("static"), 0o600) // ok: constant content
}

// encrypt seals s.
//
//privlint:encrypts
func encrypt(key []byte, s string) []byte { return []byte(s) }

func errorsAreClean(db *sql.DB, u *model.User) {
	_, err := db.Exec("SELECT 1")
	db.Exec("INSERT INTO errors VALUES($1)", err) // ok: an error carries nothing
	rows, _ := db.Query("SELECT ssn FROM users")
	_ = rows
	_ = u
}

// reads are lookups, not writes: what a query selects by is not stored.
func reads(ctx context.Context, db *sql.DB, u *model.User, p *model.Patient) {
	db.QueryRow("SELECT id FROM users WHERE ssn = $1", u.SSN)                                                      // ok: a lookup
	db.QueryContext(ctx, "SELECT * FROM patients WHERE dx = $1", p.Diagnosis)                                      // ok: a lookup
	db.QueryRow("INSERT INTO users(ssn) VALUES($1) RETURNING id", u.SSN)                                           // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(db\.QueryRow\)`
	db.QueryRowContext(ctx, "-- add\nWITH x AS (SELECT 1) INSERT INTO p(dx) VALUES($1) RETURNING id", p.Diagnosis) // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a SQL database unencrypted \(db\.QueryRowContext\)`
	q := "SELECT id FROM users WHERE ssn = " + "$1"
	db.QueryRow(q, u.SSN) // ok: a lookup built from constants
}

// requestContext: data put into a request's context does not spread to
// everything derived from the request.
func requestContext(r *http.Request, db *sql.DB, p *model.Patient) {
	ctx := context.WithValue(r.Context(), "patient", p)
	r = r.WithContext(ctx)
	db.Exec("INSERT INTO audit(path) VALUES($1)", r.URL.Path) // ok: the path is not the patient's data
}

// sqlxReads: Get fills its destination from a query; the destination is
// not written and a SELECT's arguments are lookups.
func sqlxReads(x *sqlx.DB, u *model.User) {
	var out model.User
	x.Get(&out, "SELECT * FROM users WHERE ssn = ?", u.SSN) // ok: a lookup into a destination with personal fields
	var id int
	x.Get(&id, "INSERT INTO users(ssn) VALUES(?) RETURNING id", u.SSN) // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(x\.Get\)`
}

// writeThrough writes its argument through three statements, as an ORM's
// Insert reaches s.Stmt.ExecContext, tx.Tx.ExecContext and db.DB.ExecContext.
func writeThrough(ctx context.Context, db *sql.DB, tx *sql.Tx, st *sql.Stmt, v string) {
	st.ExecContext(ctx, v)
	tx.ExecContext(ctx, "INSERT INTO users(ssn) VALUES($1)", v)
	db.ExecContext(ctx, "INSERT INTO users(ssn) VALUES($1)", v)
}

// onePlaceThreePaths is one finding with three paths: one finding per
// rule, place and category (SPEC §5).
func onePlaceThreePaths(ctx context.Context, db *sql.DB, tx *sql.Tx, st *sql.Stmt, u *model.User) {
	writeThrough(ctx, db, tx, st, u.SSN) // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(writeThrough → db\.ExecContext\)`
}

// whereLookups: the WHERE condition of an UPDATE or a DELETE binds values
// to find the rows, as a SELECT's does; the statement stores what its SET
// binds. A value bound on both sides is stored; an INSERT is read as a
// whole; named placeholders are not read.
func whereLookups(ctx context.Context, db *sql.DB, tx *sql.Tx, x *sqlx.DB, pc *pgx.Conn, u *model.User, p *model.Patient) {
	db.Exec("DELETE FROM users WHERE ssn = $1", u.SSN)                                                       // ok: a lookup
	db.ExecContext(ctx, "UPDATE patients SET seen = 1 WHERE dx = ? AND card = ?", p.Diagnosis, u.CardNumber) // ok: lookups
	pc.Exec(ctx, "UPDATE users SET seen = now() WHERE ssn = $1", u.SSN)                                      // ok: a lookup
	tx.Exec("UPDATE users SET card = $2 WHERE ssn = $1", u.SSN, u.CardNumber)                                // want `PL101 user\.financial\.credit_card from User\.CardNumber is written to a SQL database unencrypted \(tx\.Exec\)`
	args := []any{u.CardNumber, u.SSN}
	db.Exec("UPDATE users SET card = ? WHERE ssn = ?", args...)                                      // want `PL101 user\.financial\.credit_card from User\.CardNumber is written to a SQL database unencrypted \(db\.Exec\)`
	db.Exec("UPDATE users SET ssn = lower($1) WHERE ssn = $1", u.SSN)                                // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(db\.Exec\)`
	db.Exec("UPDATE users SET card = (SELECT c FROM t WHERE k = ?) WHERE id = 1", u.CardNumber)      // want `PL101 user\.financial\.credit_card from User\.CardNumber is written to a SQL database unencrypted \(db\.Exec\)`
	db.Exec("INSERT INTO t(ssn) SELECT $1 WHERE NOT EXISTS (SELECT 1 FROM t WHERE ssn = $1)", u.SSN) // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(db\.Exec\)`
	x.NamedExec("UPDATE patients SET dx = :dx WHERE id = :id", map[string]any{"dx": p.Diagnosis})    // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a SQL database unencrypted \(x\.NamedExec\)`
	relabel(db, u.SSN, "x")                                                                          // ok: the helper looks the row up by it
	q := "UPDATE users SET seen = 1 WHERE ssn = ?"
	if u.ID > 0 {
		q = "UPDATE users SET ssn = ? WHERE id = 1" // text that is not one constant is not read for lookups
	}
	db.Exec(q, u.SSN) // want `PL101 user\.government_id\.national_identification_number from User\.SSN is written to a SQL database unencrypted \(db\.Exec\)`
}

// relabel finds the row by ssn and stores only the label.
func relabel(db *sql.DB, ssn, label string) {
	db.Exec("UPDATE users SET label = $1 WHERE ssn = $2", label, ssn)
}

// ApiToken is a user's API token.
type ApiToken struct {
	UserID int64
	Token  string
}

// tokenHints stores the last characters of a token, to tell it apart in a
// list: they no longer authenticate; half of it still does.
func tokenHints(db *sql.DB, t *ApiToken) {
	db.Exec("INSERT INTO hints VALUES($1)", t.Token[len(t.Token)-8:])  // ok: eight characters of the token
	db.Exec("INSERT INTO halves VALUES($1)", t.Token[len(t.Token)/2:]) // want `PL101 user\.authorization\.credentials from ApiToken\.Token is written to a SQL database unencrypted \(db\.Exec\)`
}

// Hint is what a list of tokens shows of one.
type Hint struct {
	Tail string
}

// hintOf keeps the last eight characters of the token it is given.
func hintOf(token string) *Hint {
	return &Hint{Tail: token[len(token)-8:]}
}

// halfOf keeps half of the token it is given.
func halfOf(token string) *Hint {
	return &Hint{Tail: token[len(token)/2:]}
}

// storeHints stores what hintOf and halfOf kept of a user's token: the
// parameter's name says it is a token, so its last characters no longer
// authenticate whatever the caller passes.
func storeHints(db *sql.DB, t *ApiToken) {
	h := hintOf(t.Token)
	db.Exec("INSERT INTO hints VALUES($1)", h.Tail) // ok: eight characters of the token
	g := halfOf(t.Token)
	db.Exec("INSERT INTO halves VALUES($1)", g.Tail) // want `PL101 user\.authorization\.credentials from ApiToken\.Token is written to a SQL database unencrypted \(db\.Exec\)`
}

// TwoFactor is a user's second factor.
type TwoFactor struct {
	UID              int64
	LastUsedPasscode string
	Passcode         string
}

// consume keeps the code the user typed as the one last used, to refuse
// its replay: a spent code authenticates nothing.
func consume(db *sql.DB, t *TwoFactor, code string) {
	t.LastUsedPasscode = code
	db.Exec("UPDATE two_factor SET last_used_passcode = $1 WHERE uid = $2", t.LastUsedPasscode, t.UID) // ok: a spent code
}

// keep keeps the code as the current one: a live credential.
func keep(db *sql.DB, t *TwoFactor, code string) {
	t.Passcode = code
	db.Exec("UPDATE two_factor SET passcode = $1 WHERE uid = $2", t.Passcode, t.UID) // want `PL101 user\.authorization\.credentials from TwoFactor\.Passcode is written to a SQL database unencrypted \(db\.Exec\)`
}

// Login is a login form.
type Login struct {
	Passcode string
}

// verify hands the code the form carries to consume, then to keep.
func verify(db *sql.DB, t *TwoFactor, f *Login) {
	consume(db, t, f.Passcode) // ok: stored as spent
	keep(db, t, f.Passcode)    // want `PL101 user\.authorization\.credentials from Login\.Passcode is written to a SQL database unencrypted \(keep → db\.Exec\)`
}
