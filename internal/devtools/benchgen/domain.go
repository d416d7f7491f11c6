package benchgen

import (
	"fmt"
	"strings"
)

// fieldSpec is a struct field the generator may give an entity.
type fieldSpec struct {
	name     string // Go field name
	typ      string // Go type: string, int, int64, bool or time.Time
	column   string // SQL column and JSON key
	category string // taxonomy key; "" for non-personal fields
	// sensitive fields are sealed before storage with some probability.
	sensitive bool
}

// personalFields are the personal-data fields entities draw from.
var personalFields = []fieldSpec{
	{"Email", "string", "email", "user.contact.email", false},
	{"FullName", "string", "full_name", "user.name", false},
	{"PhoneNumber", "string", "phone_number", "user.contact.phone_number", false},
	{"DateOfBirth", "time.Time", "date_of_birth", "user.demographic.date_of_birth", false},
	{"HomeAddress", "string", "home_address", "user.contact.address", false},
	{"IPAddress", "string", "ip_address", "user.device.ip_address", false},
	{"SSN", "string", "ssn", "user.government_id.national_identification_number", true},
	{"Diagnosis", "string", "diagnosis", "user.health_and_medical", true},
	{"CardNumber", "string", "card_number", "user.financial.credit_card", true},
	{"IBAN", "string", "iban", "user.financial.bank_account", true},
	{"PostalCode", "string", "postal_code", "user.contact.address.postal_code", false},
	{"Username", "string", "username", "user.account.username", false},
	{"Gender", "string", "gender", "user.demographic.gender", false},
	{"Nationality", "string", "nationality", "user.demographic.nationality", false},
	{"PassportNumber", "string", "passport_number", "user.government_id.passport_number", true},
}

// plainFields are non-personal fields entities draw from (besides ID,
// Status and CreatedAt, which every entity has).
var plainFields = []fieldSpec{
	{"LoginCount", "int", "login_count", "", false},
	{"Active", "bool", "active", "", false},
	{"Version", "int", "version", "", false},
	{"Priority", "int", "priority", "", false},
	{"AmountCents", "int64", "amount_cents", "", false},
	{"Currency", "string", "currency", "", false},
	{"UpdatedAt", "time.Time", "updated_at", "", false},
	{"Locale", "string", "locale", "", false},
}

// entityNames name the generated entities.
var entityNames = []string{
	"Customer", "Patient", "Employee", "Member", "Applicant", "Subscriber",
	"Contact", "Guest", "Driver", "Tenant", "Student", "Donor", "Claimant",
	"Traveller", "Volunteer", "Borrower", "Visitor", "Client",
}

// purposeFor returns the declared purpose that allows category.
func purposeFor(category string) string {
	switch {
	case strings.HasPrefix(category, "user.device"):
		return "security"
	case strings.HasPrefix(category, "user.government_id"), category == "user.demographic.nationality":
		return "compliance"
	case strings.HasPrefix(category, "user.health_and_medical"), category == "user.demographic.gender":
		return "care"
	case strings.HasPrefix(category, "user.financial"):
		return "billing"
	}
	return "account"
}

// field is a field of a generated entity.
type field struct {
	fieldSpec
	tag    string // the struct tag, without back quotes
	sealed bool   // stored through crypto.SealString
}

// personal reports whether f holds personal data.
func (f *field) personal() bool { return f.category != "" }

// entity is a generated model with its store, handler and loggers.
type entity struct {
	name    string // Go type name, "Customer"
	v       string // variable name, "customer"
	table   string // SQL table, "customers"
	path    string // URL path below the package's prefix
	purpose string // type-level //privlint:purpose, "" for none
	fields  []*field
}

// get returns the field named name, nil if the entity has none.
func (e *entity) get(name string) *field {
	for _, f := range e.fields {
		if f.name == name {
			return f
		}
	}
	return nil
}

// personal returns the entity's personal-data fields.
func (e *entity) personal() []*field {
	var out []*field
	for _, f := range e.fields {
		if f.personal() {
			out = append(out, f)
		}
	}
	return out
}

// firstString returns the first personal string field other than skip.
func (e *entity) firstString(skip string) *field {
	for _, f := range e.personal() {
		if f.typ == "string" && f.name != skip {
			return f
		}
	}
	return nil
}

// chance reports true with probability p.
func (g *generator) chance(p float64) bool { return g.rng.Float64() < p }

// newEntity draws the i-th entity of domain package number pkg.
func (g *generator) newEntity(pkg, i int) *entity {
	name := entityNames[(pkg*7+i)%len(entityNames)]
	if i >= len(entityNames) {
		name += fmt.Sprint(i / len(entityNames))
	}
	e := &entity{name: name, v: lowerFirst(name), table: strings.ToLower(name) + "s"}
	e.path = e.table
	if g.chance(0.25) {
		e.purpose = "account"
	}
	e.fields = append(e.fields, &field{fieldSpec: fieldSpec{"ID", "int64", "id", "", false}, tag: `json:"id"`})
	// Personal fields: usually an e-mail address and a name, then 2-5 more.
	perm := g.rng.Perm(len(personalFields))
	var picks []int
	if g.chance(0.8) {
		picks = append(picks, 0)
	}
	if g.chance(0.7) {
		picks = append(picks, 1)
	}
	want := len(picks) + 2 + g.rng.IntN(4)
	for _, k := range perm {
		if len(picks) >= want {
			break
		}
		if k > 1 {
			picks = append(picks, k)
		}
	}
	for _, k := range picks {
		spec := personalFields[k]
		f := &field{fieldSpec: spec, tag: g.personalTag(spec)}
		f.sealed = spec.sensitive && g.chance(0.6)
		e.fields = append(e.fields, f)
	}
	e.fields = append(e.fields, &field{fieldSpec: fieldSpec{"Status", "string", "status", "", false}, tag: `json:"status"`})
	for _, k := range g.rng.Perm(len(plainFields))[:1+g.rng.IntN(3)] {
		spec := plainFields[k]
		e.fields = append(e.fields, &field{fieldSpec: spec, tag: fmt.Sprintf(`json:"%s"`, spec.column)})
	}
	e.fields = append(e.fields, &field{fieldSpec: fieldSpec{"CreatedAt", "time.Time", "created_at", "", false}, tag: `json:"created_at"`})
	return e
}

// personalTag draws the struct tag of a personal-data field: declared
// category and purpose, a purpose that does not cover it (PL003/PL004), a
// misspelt purpose (PL002), only a purpose, or nothing (PL001 unless the
// type declares one).
func (g *generator) personalTag(spec fieldSpec) string {
	tag := fmt.Sprintf(`json:"%s"`, spec.column)
	right := purposeFor(spec.category)
	r := g.rng.Float64()
	switch {
	case r < 0.35:
		return tag + fmt.Sprintf(` pii:"%s" purpose:"%s"`, spec.category, right)
	case r < 0.45:
		wrong := "marketing"
		if right == "care" {
			wrong = "research"
		}
		return tag + fmt.Sprintf(` purpose:"%s"`, wrong)
	case r < 0.48:
		return tag + fmt.Sprintf(` purpose:"%ss"`, right)
	case r < 0.70:
		return tag + fmt.Sprintf(` purpose:"%s"`, right)
	}
	return tag
}

// domainFiles are the files of one domain package.
type domainFiles struct {
	name                            string // package name
	dep                             string // import path of an earlier domain package, or ""
	models, store, handler, logging *goFile
}

// lineCount is the approximate size of the package so far.
func (d *domainFiles) lineCount() int {
	return d.models.lineCount() + d.store.lineCount() + d.handler.lineCount() + d.logging.lineCount()
}

// domainPkg writes a domain package of about target lines: entities with
// their stores, handlers and loggers. prev are the earlier domain
// packages, one of which it calls.
func (g *generator) domainPkg(name string, idx int, prev []string, target int) error {
	d := &domainFiles{
		name:    name,
		models:  newFile(name, fmt.Sprintf("Package %s holds the records of one business domain: models, SQL stores,\nHTTP handlers and audit logging.", name)),
		store:   newFile(name, ""),
		handler: newFile(name, ""),
		logging: newFile(name, ""),
	}
	if len(prev) > 0 {
		d.dep = ModulePath + "/" + prev[g.rng.IntN(len(prev))]
	}
	g.domainHelpers(d)
	var entities []*entity
	for i := 0; i == 0 || d.lineCount() < target; i++ {
		e := g.newEntity(idx, i)
		g.model(d, e)
		g.store(d, e)
		g.handler(d, e)
		g.logging(d, e)
		entities = append(entities, e)
	}
	g.register(d, entities)
	g.packages++
	for _, f := range []struct {
		file string
		f    *goFile
	}{{"models.go", d.models}, {"store.go", d.store}, {"handler.go", d.handler}, {"logging.go", d.logging}} {
		if err := g.addGo(name+"/"+f.file, f.f); err != nil {
			return err
		}
	}
	return nil
}

// domainHelpers writes the package-level helpers of a domain package.
func (g *generator) domainHelpers(d *domainFiles) {
	d.logging.use("strings")
	d.logging.p(`// NormalizeContact lower-cases and trims an e-mail address or user name.
func NormalizeContact(s string) string {
	return strings.ToLower(strings.TrimSpace(s))
}

// MaskTail masks all but the last four characters of s.
func MaskTail(s string) string {
	if len(s) <= 4 {
		return strings.Repeat("*", len(s))
	}
	return strings.Repeat("*", len(s)-4) + s[len(s)-4:]
}`)
	d.handler.use("encoding/json", "log/slog", "net/http")
	d.handler.p(`// writeJSON writes v as the JSON response with the given status.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		slog.Error("writing response", "err", err)
	}
}`)
}

// normalizer returns the expression normalising a contact string,
// calling the dependency package's helper when there is one.
func (g *generator) normalizer(d *domainFiles, f *goFile, arg string) string {
	if d.dep != "" && g.chance(0.7) {
		f.use(d.dep)
		return fmt.Sprintf("%s.NormalizeContact(%s)", d.dep[strings.LastIndex(d.dep, "/")+1:], arg)
	}
	return fmt.Sprintf("NormalizeContact(%s)", arg)
}

// model writes the entity type, its creation request, the request's
// validation and conversion.
func (g *generator) model(d *domainFiles, e *entity) {
	f := d.models
	f.use("time")
	f.p("\n// %s is a %s record of package %s.", e.name, strings.ToLower(e.name), d.name)
	if e.purpose != "" {
		f.p("//\n//privlint:purpose %s", e.purpose)
	}
	f.p("type %s struct {", e.name)
	for _, fl := range e.fields {
		f.p("\t%s %s `%s`", fl.name, fl.typ, fl.tag)
	}
	f.p("}")
	req := "Create" + e.name + "Request"
	f.p("\n// %s is the body of a request that creates a %s.", req, e.name)
	f.p("type %s struct {", req)
	for _, fl := range e.personal() {
		tag := fmt.Sprintf(`json:"%s"`, fl.column)
		if g.chance(0.5) {
			tag += fmt.Sprintf(` purpose:"%s"`, purposeFor(fl.category))
		}
		f.p("\t%s %s `%s`", fl.name, fl.typ, tag)
	}
	f.p("}")
	f.use("errors", "strings")
	f.p("\n// Validate reports the first missing or malformed field of r.")
	f.p("func (r *%s) Validate() error {", req)
	for _, fl := range e.personal() {
		if fl.typ == "time.Time" {
			f.p("\tif r.%s.IsZero() {\n\t\treturn errors.New(\"%s: %s is required\")\n\t}", fl.name, d.name, fl.column)
			continue
		}
		f.p("\tif strings.TrimSpace(r.%s) == \"\" {\n\t\treturn errors.New(\"%s: %s is required\")\n\t}", fl.name, d.name, fl.column)
		if fl.name == "Email" {
			f.p("\tif !strings.Contains(r.Email, \"@\") {\n\t\treturn errors.New(\"%s: email is malformed\")\n\t}", d.name)
		}
	}
	f.p("\treturn nil\n}")
	f.p("\n// to%s builds a new %s from r.", e.name, e.name)
	f.p("func (r *%s) to%s() *%s {", req, e.name, e.name)
	f.p("\treturn &%s{", e.name)
	for _, fl := range e.personal() {
		switch {
		case fl.typ == "time.Time":
			f.p("\t\t%s: r.%s,", fl.name, fl.name)
		case fl.name == "Email" || fl.name == "Username":
			f.p("\t\t%s: %s,", fl.name, g.normalizer(d, f, "r."+fl.name))
		default:
			f.p("\t\t%s: strings.TrimSpace(r.%s),", fl.name, fl.name)
		}
	}
	f.p("\t\tStatus: %q,\n\t}\n}", "active")
}

// store writes the entity's SQL store.
func (g *generator) store(d *domainFiles, e *entity) {
	f := d.store
	f.use("context", "database/sql", "fmt")
	st := e.name + "Store"
	f.p(`
// %[1]s keeps %[2]s records in a SQL database.
type %[1]s struct {
	db  *sql.DB
	key []byte
}

// New%[1]s returns a store on db that seals sensitive fields with key.
func New%[1]s(db *sql.DB, key []byte) *%[1]s {
	return &%[1]s{db: db, key: key}
}`, st, e.name)
	// Insert.
	f.p("\n// Insert writes %s and returns its id.", e.v)
	f.p("func (s *%s) Insert(ctx context.Context, %s *%s) (int64, error) {", st, e.v, e.name)
	var cols, marks, args []string
	for _, fl := range e.fields[1:] {
		cols = append(cols, fl.column)
		marks = append(marks, "?")
		if fl.sealed {
			f.use(cryptoPath)
			sv := "sealed" + fl.name
			f.p("\t%s, err := crypto.SealString(s.key, %s.%s)", sv, e.v, fl.name)
			f.p("\tif err != nil {\n\t\treturn 0, fmt.Errorf(\"sealing the %s of a %s: %%w\", err)\n\t}", fl.column, strings.ToLower(e.name))
			args = append(args, sv)
			continue
		}
		args = append(args, e.v+"."+fl.name)
	}
	f.p("\tres, err := s.db.ExecContext(ctx, %q, %s)", fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s)", e.table, strings.Join(cols, ", "), strings.Join(marks, ", ")), strings.Join(args, ", "))
	f.p("\tif err != nil {\n\t\treturn 0, fmt.Errorf(\"inserting a %s: %%w\", err)\n\t}", strings.ToLower(e.name))
	f.p("\tid, err := res.LastInsertId()\n\tif err != nil {\n\t\treturn 0, fmt.Errorf(\"reading the id of a new %s: %%w\", err)\n\t}\n\treturn id, nil\n}", strings.ToLower(e.name))
	// Get.
	f.p("\n// Get reads the %s with the given id.", strings.ToLower(e.name))
	f.p("func (s *%s) Get(ctx context.Context, id int64) (*%s, error) {", st, e.name)
	cols, args = nil, nil
	var sealed []*field
	for _, fl := range e.fields[1:] {
		cols = append(cols, fl.column)
		if fl.sealed {
			sealed = append(sealed, fl)
			args = append(args, "&sealed"+fl.name)
			continue
		}
		args = append(args, "&"+e.v+"."+fl.name)
	}
	f.p("\t%s := &%s{ID: id}", e.v, e.name)
	for _, fl := range sealed {
		f.p("\tvar sealed%s []byte", fl.name)
	}
	f.p("\trow := s.db.QueryRowContext(ctx, %q, id)", fmt.Sprintf("SELECT %s FROM %s WHERE id = ?", strings.Join(cols, ", "), e.table))
	f.p("\tif err := row.Scan(%s); err != nil {\n\t\treturn nil, fmt.Errorf(\"reading %s %%d: %%w\", id, err)\n\t}", strings.Join(args, ", "), strings.ToLower(e.name))
	for _, fl := range sealed {
		f.p("\tif plain, err := crypto.Open(s.key, sealed%s); err != nil {\n\t\treturn nil, fmt.Errorf(\"opening the %s of %s %%d: %%w\", id, err)\n\t} else {\n\t\t%s.%s = string(plain)\n\t}", fl.name, fl.column, strings.ToLower(e.name), e.v, fl.name)
	}
	f.p("\treturn %s, nil\n}", e.v)
	// UpdateStatus: no personal data.
	f.p(`
// UpdateStatus sets the status of the %[2]s with the given id.
func (s *%[1]s) UpdateStatus(ctx context.Context, id int64, status string) error {
	if _, err := s.db.ExecContext(ctx, "UPDATE %[3]s SET status = ? WHERE id = ?", status, id); err != nil {
		return fmt.Errorf("updating the status of %[2]s %%d: %%w", id, err)
	}
	return nil
}`, st, strings.ToLower(e.name), e.table)
	// Update of one personal string field, stored as given.
	if fl := e.firstString(""); fl != nil && !fl.sealed {
		f.p(`
// Update%[4]s sets the %[5]s of the %[2]s with the given id.
func (s *%[1]s) Update%[4]s(ctx context.Context, id int64, value string) error {
	if _, err := s.db.ExecContext(ctx, "UPDATE %[3]s SET %[5]s = ? WHERE id = ?", value, id); err != nil {
		return fmt.Errorf("updating %[2]s %%d: %%w", id, err)
	}
	return nil
}`, st, strings.ToLower(e.name), e.table, fl.name, fl.column)
	}
	// ListRecent: ids and statuses only.
	f.use(mathxPath)
	f.p(`
// ListRecent returns up to limit %[2]ss, newest first, without their
// personal data.
func (s *%[1]s) ListRecent(ctx context.Context, limit int) ([]*%[4]s, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, status, created_at FROM %[3]s ORDER BY created_at DESC LIMIT ?", mathx.ClampInt(limit, 1, 100))
	if err != nil {
		return nil, fmt.Errorf("listing %[3]s: %%w", err)
	}
	defer rows.Close()
	var out []*%[4]s
	for rows.Next() {
		%[5]s := &%[4]s{}
		if err := rows.Scan(&%[5]s.ID, &%[5]s.Status, &%[5]s.CreatedAt); err != nil {
			return nil, fmt.Errorf("listing %[3]s: %%w", err)
		}
		out = append(out, %[5]s)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("listing %[3]s: %%w", err)
	}
	return out, nil
}`, st, strings.ToLower(e.name), e.table, e.name, e.v)
}

// handler writes the entity's HTTP handler.
func (g *generator) handler(d *domainFiles, e *entity) {
	f := d.handler
	f.use("encoding/json", "log/slog", "net/http", "strconv", "time")
	h := e.name + "Handler"
	lname := strings.ToLower(e.name)
	f.p(`
// %[1]s serves the %[2]s API.
type %[1]s struct {
	store  *%[2]sStore
	logger *slog.Logger
}

// New%[1]s returns a handler on store.
func New%[1]s(store *%[2]sStore, logger *slog.Logger) *%[1]s {
	return &%[1]s{store: store, logger: logger}
}`, h, e.name)
	f.p("\n// ServeCreate handles POST /%s/%s.", d.name, e.path)
	f.p("func (h *%s) ServeCreate(w http.ResponseWriter, r *http.Request) {", h)
	f.p("\tvar req Create%sRequest", e.name)
	f.p("\tif err := json.NewDecoder(r.Body).Decode(&req); err != nil {\n\t\thttp.Error(w, \"malformed body\", http.StatusBadRequest)\n\t\treturn\n\t}")
	f.p("\tif err := req.Validate(); err != nil {")
	if fl := e.firstString(""); fl != nil && g.chance(0.4) {
		f.p("\t\th.logger.Warn(\"rejected %s\", %q, req.%s, \"err\", err)", lname, fl.column, fl.name)
	} else {
		f.p("\t\th.logger.Warn(\"rejected %s\", \"err\", err)", lname)
	}
	f.p("\t\thttp.Error(w, err.Error(), http.StatusUnprocessableEntity)\n\t\treturn\n\t}")
	f.p("\t%s := req.to%s()\n\t%s.CreatedAt = time.Now()", e.v, e.name, e.v)
	f.p("\tid, err := h.store.Insert(r.Context(), %s)", e.v)
	f.p("\tif err != nil {\n\t\th.logger.Error(\"storing %s\", \"err\", err)\n\t\thttp.Error(w, \"could not store the %s\", http.StatusInternalServerError)\n\t\treturn\n\t}", lname, lname)
	f.p("\t%s.ID = id", e.v)
	if e.get("Email") != nil {
		f.use(notifyPath)
		name := `""`
		if e.get("FullName") != nil {
			name = e.v + ".FullName"
		}
		f.p("\tif err := notify.Welcome(r.Context(), %s.Email, %s); err != nil {\n\t\th.logger.Warn(\"welcome mail failed\", \"id\", id, \"err\", err)\n\t}", e.v, name)
	}
	if fl := e.get("IPAddress"); fl != nil || g.chance(0.2) {
		f.use(notifyPath)
		prop := "\"status\": " + e.v + ".Status"
		if fl != nil {
			prop = "\"ip\": " + e.v + ".IPAddress"
		}
		f.p("\tif err := notify.Track(r.Context(), %q, map[string]string{%s}); err != nil {\n\t\th.logger.Warn(\"tracking failed\", \"err\", err)\n\t}", lname+"_created", prop)
	}
	if e.get("CardNumber") != nil {
		f.use(notifyPath)
		f.p("\tif err := notify.Pay(r.Context(), %s.CardNumber, 100, \"EUR\"); err != nil {\n\t\th.logger.Warn(\"payment failed\", \"id\", id, \"err\", err)\n\t}", e.v)
	}
	partner := e.firstString("") != nil && g.chance(0.3)
	if partner {
		f.p("\tif err := h.notifyPartner(%s); err != nil {\n\t\th.logger.Warn(\"partner notification failed\", \"err\", err)\n\t}", e.v)
	}
	verify := e.get("Email") != nil && g.chance(0.3)
	if verify {
		f.p("\tif ok, err := h.verify(%s); err != nil || !ok {\n\t\th.logger.Warn(\"address not verified\", \"id\", id)\n\t}", e.v)
	}
	f.p("\tlog%sCreated(r.Context(), %s)", e.name, e.v)
	f.p("\twriteJSON(w, http.StatusCreated, map[string]int64{\"id\": id})\n}")
	f.p(`
// ServeGet handles GET /%[3]s/%[4]s/{id}.
func (h *%[1]s) ServeGet(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil {
		http.Error(w, "malformed id", http.StatusBadRequest)
		return
	}
	%[5]s, err := h.store.Get(r.Context(), id)
	if err != nil {
		h.logger.Error("reading %[6]s", "id", id, "err", err)
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	log%[2]sViewed(r.Context(), %[5]s, r.RemoteAddr)
	writeJSON(w, http.StatusOK, %[5]s)
}

// ServeList handles GET /%[3]s/%[4]s.
func (h *%[1]s) ServeList(w http.ResponseWriter, r *http.Request) {
	limit, err := strconv.Atoi(r.URL.Query().Get("limit"))
	if err != nil {
		limit = 20
	}
	list, err := h.store.ListRecent(r.Context(), limit)
	if err != nil {
		h.logger.Error("listing %[4]s", "err", err)
		http.Error(w, "listing failed", http.StatusInternalServerError)
		return
	}
	writeJSON(w, http.StatusOK, list)
}`, h, e.name, d.name, e.path, e.v, lname)
	if partner {
		f.use("bytes", "fmt")
		a := e.firstString("")
		props := fmt.Sprintf("%q: %s.%s", a.column, e.v, a.name)
		if b := e.firstString(a.name); b != nil {
			props += fmt.Sprintf(", %q: %s.%s", b.column, e.v, b.name)
		}
		f.p(`
// notifyPartner tells the partner about a new %[2]s.
func (h *%[1]s) notifyPartner(%[3]s *%[4]s) error {
	data, err := json.Marshal(map[string]string{%[5]s})
	if err != nil {
		return fmt.Errorf("encoding the partner notification: %%w", err)
	}
	resp, err := http.Post("https://hooks.partner.example/v2/%[6]s", "application/json", bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("notifying the partner: %%w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode >= http.StatusMultipleChoices {
		return fmt.Errorf("notifying the partner: %%s", resp.Status)
	}
	return nil
}`, h, lname, e.v, e.name, props, e.table)
	}
	if verify {
		f.use("net/url", "fmt")
		f.p(`
// verify asks the verification service whether the address exists.
func (h *%[1]s) verify(%[2]s *%[3]s) (bool, error) {
	resp, err := http.Get("https://lookup.internal.benchgen.example/v1/check?email=" + url.QueryEscape(%[2]s.Email))
	if err != nil {
		return false, fmt.Errorf("verifying an address: %%w", err)
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusOK, nil
}`, h, e.v, e.name)
	}
}

// logging writes the entity's audit loggers and its description helper.
func (g *generator) logging(d *domainFiles, e *entity) {
	f := d.logging
	f.use("context", "log/slog")
	lname := strings.ToLower(e.name)
	f.p("\n// log%sCreated records the creation of %s.", e.name, e.v)
	f.p("func log%sCreated(ctx context.Context, %s *%s) {", e.name, e.v, e.name)
	if fl := e.firstString(""); fl != nil && g.chance(0.5) {
		f.p("\tslog.InfoContext(ctx, \"%s created\", \"id\", %s.ID, %q, %s.%s)", lname, e.v, fl.column, e.v, fl.name)
	} else {
		f.p("\tslog.InfoContext(ctx, \"%s created\", \"id\", %s.ID, \"status\", %s.Status)", lname, e.v, e.v)
	}
	if fl := e.get("FullName"); fl != nil && g.chance(0.3) {
		f.use("log")
		f.p("\tlog.Printf(\"new %s %%d: %%s\", %s.ID, %s.FullName)", lname, e.v, e.v)
	}
	f.p("}")
	f.p("\n// log%sViewed records that someone read %s.", e.name, e.v)
	f.p("func log%sViewed(ctx context.Context, %s *%s, remote string) {", e.name, e.v, e.name)
	f.p("\tslog.InfoContext(ctx, \"%s viewed\", \"id\", %s.ID, \"remote\", remote)", lname, e.v)
	for _, fl := range e.personal() {
		if fl.sensitive && g.chance(0.4) {
			f.use("log")
			f.p("\tlog.Printf(\"%s %%d viewed, %s %%s\", %s.ID, MaskTail(%s.%s))", lname, strings.ReplaceAll(fl.column, "_", " "), e.v, e.v, fl.name)
			break
		}
	}
	f.p("}")
	f.use("fmt")
	label := e.v + ".Status"
	if fl := e.firstString(""); fl != nil {
		label = e.v + "." + fl.name
	}
	f.p(`
// Describe%[1]s returns a one-line description of %[2]s for support staff.
func Describe%[1]s(%[2]s *%[1]s) string {
	return fmt.Sprintf("%[3]s %%d (%%s, %%s)", %[2]s.ID, %[4]s, %[2]s.Status)
}`, e.name, e.v, lname, label)
}

// register writes the package's Register function.
func (g *generator) register(d *domainFiles, entities []*entity) {
	f := d.handler
	f.use("database/sql")
	f.p("\n// Register adds the package's handlers to mux.")
	f.p("func Register(mux *http.ServeMux, db *sql.DB, key []byte, logger *slog.Logger) {")
	for _, e := range entities {
		hv := e.v + "Handler"
		f.p("\t%s := New%sHandler(New%sStore(db, key), logger)", hv, e.name, e.name)
		f.p("\tmux.HandleFunc(\"POST /%s/%s\", %s.ServeCreate)", d.name, e.path, hv)
		f.p("\tmux.HandleFunc(\"GET /%s/%s/{id}\", %s.ServeGet)", d.name, e.path, hv)
		f.p("\tmux.HandleFunc(\"GET /%s/%s\", %s.ServeList)", d.name, e.path, hv)
	}
	f.p("}")
}
