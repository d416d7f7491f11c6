package benchgen

import (
	"fmt"
	"strings"
)

// The import paths of the shared packages.
const (
	cryptoPath = ModulePath + "/internal/crypto"
	notifyPath = ModulePath + "/internal/notify"
	mathxPath  = ModulePath + "/internal/mathx"
)

// goMod is the generated module's go.mod.
const goMod = "module " + ModulePath + "\n\ngo 1.26\n"

// policyYAML is the generated module's privlint.yaml (SPEC §2): the
// purposes the generated tags and directives name (except the misspelt
// ones, which exercise PL002), two declared recipients, and the sealing
// helper as an encryption function.
const policyYAML = `# Policy of the generated benchmark module (internal/devtools/benchgen).
version: 1
organization:
  controller: {name: Benchgen Example Ltd, email: privacy@benchgen.example}
  dpo: {email: dpo@benchgen.example}
purposes:
  account:
    description: Create and run the customer's account
    legal_basis: contract
    data_use: essential.service
    subjects: [customer]
    categories: [user.contact.email, user.name, user.account.username, user.contact.phone_number, user.contact.address, user.demographic.date_of_birth]
    retention: 3y after the last login
  billing:
    description: Charge for the service and keep the invoices the law requires
    legal_basis: contract
    categories: [user.financial, user.contact.email, user.name, user.contact.address]
    retention: 10y
  care:
    description: Provide the care the person asked for
    legal_basis: consent
    special_category_basis: explicit_consent
    categories: [user.health_and_medical, user.name, user.demographic]
  research:
    description: Improve the service from aggregated outcomes
    legal_basis: consent
    categories: [user.health_and_medical]
  security:
    description: Detect and stop abuse of the service
    legal_basis: legitimate_interests
    categories: [user.device.ip_address, user.account.username]
  compliance:
    description: Verify identities as the law requires
    legal_basis: legal_obligation
    categories: [user.government_id, user.name, user.demographic.nationality]
  marketing:
    description: Send the newsletter to people who opted in
    legal_basis: consent
    categories: [user.contact.email]
third_parties:
  mailer:
    role: processor
    dpa: true
    purposes: [account, marketing]
    categories: [user.contact.email, user.name]
    hosts: [api.mailer.example]
  payments:
    role: processor
    dpa: true
    purposes: [billing]
    categories: [user.financial, user.contact.email, user.name]
    transfer: {country: US, mechanism: SCCs}
    hosts: [api.payments.example]
internal_hosts: ["*.internal.benchgen.example"]
encryption:
  required: [sensitive]
  functions: [example.com/benchgen/internal/crypto.Seal]
exclude: ["**/*_mock.go"]
`

// module generates the whole module: the shared packages, then domain
// packages (with a personal-data-free utility package every fourth
// package) until about lines lines are written, then the server's main
// package.
func (g *generator) module(lines int) error {
	g.addRaw("go.mod", goMod)
	g.addRaw("privlint.yaml", policyYAML)
	for _, step := range []func() error{g.cryptoPkg, g.notifyPkg, g.mathxPkg} {
		if err := step(); err != nil {
			return err
		}
	}
	// The main package is about 30 lines plus 3 per domain package.
	var domains []string
	mainEstimate := func() int { return 30 + 3*len(domains) }
	for i := 0; g.lines+mainEstimate() < lines; i++ {
		remaining := lines - g.lines - mainEstimate()
		if i%4 == 1 {
			if err := g.statsPkg(i); err != nil {
				return err
			}
			continue
		}
		target := min(linesPerPackage, remaining)
		if remaining-target < linesPerPackage/4 {
			// Do not leave a tiny remainder for one more package.
			target = remaining
		}
		name := fmt.Sprintf("domain%d", i)
		if err := g.domainPkg(name, i, domains, target); err != nil {
			return err
		}
		domains = append(domains, name)
	}
	return g.mainPkg(domains)
}

// cryptoPkg writes internal/crypto: AES-GCM sealing of personal data.
func (g *generator) cryptoPkg() error {
	f := newFile("crypto", "Package crypto seals personal data with AES-GCM before it is stored.")
	f.use("crypto/aes", "crypto/cipher", "crypto/hmac", "crypto/rand", "crypto/sha256", "encoding/hex", "errors", "fmt")
	f.p(`// ErrShort is returned by Open for input shorter than a nonce.
var ErrShort = errors.New("crypto: sealed value too short")

// aead returns the AES-GCM AEAD for key (16, 24 or 32 bytes).
func aead(key []byte) (cipher.AEAD, error) {
	block, err := aes.NewCipher(key)
	if err != nil {
		return nil, fmt.Errorf("crypto: creating cipher: %%w", err)
	}
	gcm, err := cipher.NewGCM(block)
	if err != nil {
		return nil, fmt.Errorf("crypto: creating GCM: %%w", err)
	}
	return gcm, nil
}

// Seal encrypts plaintext with key and returns the nonce followed by the
// ciphertext.
//
//privlint:encrypts
func Seal(key, plaintext []byte) ([]byte, error) {
	gcm, err := aead(key)
	if err != nil {
		return nil, err
	}
	nonce := make([]byte, gcm.NonceSize())
	if _, err := rand.Read(nonce); err != nil {
		return nil, fmt.Errorf("crypto: reading nonce: %%w", err)
	}
	return gcm.Seal(nonce, nonce, plaintext, nil), nil
}

// SealString is Seal for a string.
//
//privlint:encrypts
func SealString(key []byte, s string) ([]byte, error) {
	return Seal(key, []byte(s))
}

// Open decrypts a value sealed by Seal.
func Open(key, sealed []byte) ([]byte, error) {
	gcm, err := aead(key)
	if err != nil {
		return nil, err
	}
	n := gcm.NonceSize()
	if len(sealed) < n {
		return nil, ErrShort
	}
	plain, err := gcm.Open(nil, sealed[:n], sealed[n:], nil)
	if err != nil {
		return nil, fmt.Errorf("crypto: opening: %%w", err)
	}
	return plain, nil
}

// Fingerprint returns a keyed hash of s for equality lookups.
//
//privlint:encrypts
func Fingerprint(key []byte, s string) string {
	mac := hmac.New(sha256.New, key)
	mac.Write([]byte(s))
	return hex.EncodeToString(mac.Sum(nil))
}`)
	g.packages++
	return g.addGo("internal/crypto/crypto.go", f)
}

// notifyPkg writes internal/notify: mails and analytics events sent to
// third-party hosts with http.Post.
func (g *generator) notifyPkg() error {
	f := newFile("notify", "Package notify sends mails and analytics events through external services.")
	f.use("bytes", "context", "encoding/json", "fmt", "net/http")
	f.p(`const (
	mailerURL    = "https://api.mailer.example/v3/send"
	analyticsURL = "https://collector.analytics.example/v1/events"
	paymentsURL  = "https://api.payments.example/v1/charges"
)

// Message is one mail to one recipient.
type Message struct {
	To       string ` + "`json:\"to\"`" + `
	Name     string ` + "`json:\"name\"`" + `
	Template string ` + "`json:\"template\"`" + `
}

// Charge is a card payment.
type Charge struct {
	Card        string ` + "`json:\"card\"`" + `
	AmountCents int64  ` + "`json:\"amount_cents\"`" + `
	Currency    string ` + "`json:\"currency\"`" + `
}

// post sends body as JSON to url.
func post(url string, body any) error {
	data, err := json.Marshal(body)
	if err != nil {
		return fmt.Errorf("notify: encoding: %%w", err)
	}
	resp, err := http.Post(url, "application/json", bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("notify: posting to %%s: %%w", url, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= http.StatusMultipleChoices {
		return fmt.Errorf("notify: %%s: %%s", url, resp.Status)
	}
	return nil
}

// Welcome sends the welcome mail to the address.
func Welcome(ctx context.Context, to, name string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return post(mailerURL, Message{To: to, Name: name, Template: "welcome"})
}

// Track reports an event with its properties to the analytics collector.
func Track(ctx context.Context, event string, props map[string]string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return post(analyticsURL, map[string]any{"event": event, "props": props})
}

// Pay charges a card.
func Pay(ctx context.Context, card string, amountCents int64, currency string) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return post(paymentsURL, Charge{Card: card, AmountCents: amountCents, Currency: currency})
}`)
	g.packages++
	return g.addGo("internal/notify/notify.go", f)
}

// mathxPkg writes internal/mathx: small numeric helpers with no personal
// data, used by every domain package.
func (g *generator) mathxPkg() error {
	f := newFile("mathx", "Package mathx has small numeric helpers.")
	f.p(`// ClampInt returns v limited to [lo, hi].
func ClampInt(v, lo, hi int) int {
	if v < lo {
		return lo
	}
	if v > hi {
		return hi
	}
	return v
}

// Pages returns the number of pages of size per needed for n items.
func Pages(n, per int) int {
	if per <= 0 {
		return 0
	}
	return (n + per - 1) / per
}`)
	g.packages++
	return g.addGo("internal/mathx/mathx.go", f)
}

// statsPkg writes a package with no personal data: descriptive
// statistics and an inventory store. Nothing imports it.
func (g *generator) statsPkg(i int) error {
	name := fmt.Sprintf("stats%d", i)
	f := newFile(name, fmt.Sprintf("Package %s computes descriptive statistics of stock levels.", name))
	f.use("math", "slices")
	f.p(`// Series is a sequence of observations.
type Series []float64

// Mean returns the arithmetic mean, 0 for an empty series.
func (s Series) Mean() float64 {
	if len(s) == 0 {
		return 0
	}
	var sum float64
	for _, v := range s {
		sum += v
	}
	return sum / float64(len(s))
}

// Variance returns the population variance.
func (s Series) Variance() float64 {
	if len(s) == 0 {
		return 0
	}
	m := s.Mean()
	var acc float64
	for _, v := range s {
		d := v - m
		acc += d * d
	}
	return acc / float64(len(s))
}

// StdDev returns the population standard deviation.
func (s Series) StdDev() float64 {
	return math.Sqrt(s.Variance())
}

// Percentile returns the p-th percentile (0 ≤ p ≤ 100) by linear
// interpolation.
func (s Series) Percentile(p float64) float64 {
	if len(s) == 0 {
		return 0
	}
	sorted := slices.Clone(s)
	slices.Sort(sorted)
	rank := p / 100 * float64(len(sorted)-1)
	lo := int(math.Floor(rank))
	hi := int(math.Ceil(rank))
	if lo == hi {
		return sorted[lo]
	}
	return sorted[lo] + (sorted[hi]-sorted[lo])*(rank-float64(lo))
}

// MovingAverage returns the moving averages over windows of size w.
func (s Series) MovingAverage(w int) Series {
	if w <= 0 || w > len(s) {
		return nil
	}
	out := make(Series, 0, len(s)-w+1)
	var sum float64
	for i, v := range s {
		sum += v
		if i >= w {
			sum -= s[i-w]
		}
		if i >= w-1 {
			out = append(out, sum/float64(w))
		}
	}
	return out
}`)
	f.use("context", "database/sql", "fmt", "time")
	f.p(`
// StockLevel is the stock of one article in one warehouse.
type StockLevel struct {
	ID        int64
	SKU       string
	Warehouse string
	Quantity  int
	UpdatedAt time.Time
}

// StockStore keeps stock levels in a SQL database.
type StockStore struct {
	db *sql.DB
}

// NewStockStore returns a store on db.
func NewStockStore(db *sql.DB) *StockStore {
	return &StockStore{db: db}
}

// Save writes a stock level.
func (s *StockStore) Save(ctx context.Context, l *StockLevel) error {
	_, err := s.db.ExecContext(ctx, "INSERT INTO stock_levels (sku, warehouse, quantity, updated_at) VALUES (?, ?, ?, ?)", l.SKU, l.Warehouse, l.Quantity, l.UpdatedAt)
	if err != nil {
		return fmt.Errorf("saving stock level of %%s: %%w", l.SKU, err)
	}
	return nil
}

// History returns the quantities recorded for sku, oldest first.
func (s *StockStore) History(ctx context.Context, sku string) (Series, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT quantity FROM stock_levels WHERE sku = ? ORDER BY updated_at", sku)
	if err != nil {
		return nil, fmt.Errorf("reading history of %%s: %%w", sku, err)
	}
	defer rows.Close()
	var out Series
	for rows.Next() {
		var q int
		if err := rows.Scan(&q); err != nil {
			return nil, fmt.Errorf("scanning history of %%s: %%w", sku, err)
		}
		out = append(out, float64(q))
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("reading history of %%s: %%w", sku, err)
	}
	return out, nil
}`)
	// A few generated reorder rules so that packages differ.
	n := 3 + g.rng.IntN(4)
	for k := range n {
		f.p(`
// ReorderPoint%[1]d returns the reorder point for a lead time of %[2]d days
// at the %[3]d-th percentile of daily demand.
func (s Series) ReorderPoint%[1]d() float64 {
	return s.Percentile(%[3]d) * %[2]d
}`, k, 2+g.rng.IntN(20), 50+g.rng.IntN(50))
	}
	g.packages++
	path := name + "/stats.go"
	if g.leaf == "" {
		g.leaf = path
	}
	return g.addGo(path, f)
}

// mainPkg writes cmd/server, which wires every domain package's handlers.
func (g *generator) mainPkg(domains []string) error {
	f := newFile("main", "Command server serves the generated domains' HTTP APIs.")
	f.use("database/sql", "log", "log/slog", "net/http", "os")
	for _, d := range domains {
		f.use(ModulePath + "/" + d)
	}
	f.p(`func main() {
	db, err := sql.Open("benchdb", os.Getenv("DATABASE_URL"))
	if err != nil {
		log.Fatalf("opening database: %%v", err)
	}
	key := []byte(os.Getenv("SEAL_KEY"))
	logger := slog.New(slog.NewJSONHandler(os.Stderr, nil))
	mux := http.NewServeMux()`)
	for _, d := range domains {
		f.p("\t%s.Register(mux, db, key, logger)", d)
	}
	f.p(`	srv := &http.Server{Addr: ":8080", Handler: mux}
	if err := srv.ListenAndServe(); err != nil {
		log.Fatal(strings.TrimSpace(err.Error()))
	}
}`)
	f.use("strings")
	g.packages++
	if g.leaf == "" {
		g.leaf = "cmd/server/main.go"
	}
	return g.addGo("cmd/server/main.go", f)
}

// lowerFirst returns s with its first letter in lower case.
func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
