// Package inventory builds privlint's record of processing activities
// (GDPR Art. 30(1)) from what the analyzers and the schema checks found and
// from the policy, and renders it as Markdown (for people) or JSON (for
// tools).
//
// The JSON structure is the Inventory type below, described by the JSON
// Schema inventory.schema.json shipped beside this file (FormatVersion
// says which version of it a document follows). Every list is sorted, so
// the output is deterministic.
package inventory

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/privlint/privlint/rules"
	"github.com/privlint/privlint/rules/policy"
)

// FormatVersion is the version of the JSON structure; it changes only
// when a field is removed or changes meaning.
const FormatVersion = 1

// Inventory is a record of processing.
type Inventory struct {
	FormatVersion int `json:"formatVersion"`
	// Policy is the policy file, relative; "" when built-in defaults apply.
	Policy       string        `json:"policy"`
	Organization *Organization `json:"organization,omitempty"`
	Purposes     []*Purpose    `json:"purposes"`
	Gaps         Gaps          `json:"gaps"`

	// input is what the record was built from, for the Fides export.
	input *Input
}

// Organization is Art. 30(1)(a): the controller and its DPO.
type Organization struct {
	Controller     *Party `json:"controller,omitempty"`
	DPO            *Party `json:"dpo,omitempty"`
	Representative *Party `json:"representative,omitempty"`
}

// Party is a named contact.
type Party struct {
	Name    string `json:"name,omitempty"`
	Email   string `json:"email,omitempty"`
	Address string `json:"address,omitempty"`
	Phone   string `json:"phone,omitempty"`
}

// Purpose is one purpose of processing with what the code does for it.
type Purpose struct {
	Name                 string   `json:"name"`
	Description          string   `json:"description"`
	LegalBasis           string   `json:"legalBasis"`
	SpecialCategoryBasis string   `json:"specialCategoryBasis"`
	DataUse              string   `json:"dataUse"`
	Subjects             []string `json:"subjects"`
	Retention            string   `json:"retention"`
	// AllowedCategories are the categories the policy allows, in file
	// order.
	AllowedCategories []string `json:"allowedCategories"`
	// Categories are the categories found in code and schemas declared for
	// this purpose, by key.
	Categories []*Category `json:"categories"`
	// Recipients are the third parties declared for the purpose or found
	// receiving its data, by name.
	Recipients []*Recipient `json:"recipients"`
	// Fides is set when a Fides privacy declaration defines the purpose.
	Fides *FidesOrigin `json:"fides,omitempty"`
}

// FidesOrigin is the Fides privacy declaration a purpose comes from.
type FidesOrigin struct {
	// System is the fides_key of the declaration's system.
	System string `json:"system"`
	// DeclaredIn is manifest:line, relative to the policy's directory.
	DeclaredIn string `json:"declaredIn"`
}

// Category is one category of personal data processed for a purpose.
type Category struct {
	Key string `json:"key"`
	// Allowed says whether one of the purpose's categories covers it.
	Allowed bool `json:"allowed"`
	// Special is set for GDPR Art. 9/10 categories.
	Special  bool        `json:"special"`
	HeldIn   []*Location `json:"heldIn"`
	StoredIn []*Sink     `json:"storedIn"`
	LoggedIn []*Sink     `json:"loggedIn"`
	InURLs   []*Sink     `json:"inUrls"`
	SentTo   []*Sink     `json:"sentTo"`
}

// Location kinds.
const (
	KindGoField        = "go-field"
	KindSchemaProperty = "schema-property"
	KindParameter      = "schema-parameter"
)

// Location is a declaration holding personal data.
type Location struct {
	Kind string `json:"kind"`
	// Symbol is Type.Field for Go, the JSON pointer for schemas.
	Symbol string `json:"symbol"`
	// Package is the Go import path; "" for schemas.
	Package   string `json:"package,omitempty"`
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	Encrypted bool   `json:"encrypted"`
	// Stored is set for schema properties marked x-storage: true.
	Stored bool `json:"stored,omitempty"`
	// Generated is set for a declaration in a generated file ("// Code
	// generated … DO NOT EDIT."): its structs are classified like any
	// other, but privlint check reports findings there only with
	// --include-generated.
	Generated bool `json:"generated,omitempty"`
}

// Sink is a place personal data reaches.
type Sink struct {
	// What names the sink: "a SQL database", "the log", "Stripe".
	What string `json:"what"`
	// Call is the call as written (db.Exec), or "x-storage" for a schema.
	Call string `json:"call"`
	// From is the symbol of the data (User.Email).
	From      string `json:"from"`
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	Encrypted bool   `json:"encrypted"`
}

// Recipient is a third party receiving personal data.
type Recipient struct {
	Name string `json:"name"`
	// Key is the recipient's key in the policy; "" when undeclared.
	Key      string `json:"key,omitempty"`
	Declared bool   `json:"declared"`
	Role     string `json:"role,omitempty"`
	DPA      bool   `json:"dpa"`
	// Transfer is "country (mechanism)" for an international transfer.
	Transfer string `json:"transfer,omitempty"`
	// Categories are the categories the code sends it.
	Categories []string `json:"categories"`
	// Hosts are the constant hosts the code sends to.
	Hosts []string `json:"hosts"`
}

// Gaps are what the record cannot account for.
type Gaps struct {
	// NoPurpose is personal data declared with no purpose (PL001).
	NoPurpose []*Held `json:"noPurpose"`
	// UnknownPurposes are purposes named in code or schemas that the
	// policy does not define (PL002), with where.
	UnknownPurposes []*Held `json:"unknownPurposes"`
	// UnusedPurposes are purposes the policy defines that no code or
	// schema declares.
	UnusedPurposes []string `json:"unusedPurposes"`
	// UndeclaredRecipients receive personal data but are not declared
	// under third_parties (PL103).
	UndeclaredRecipients []*Recipient `json:"undeclaredRecipients"`
}

// Held is a category held somewhere, for a gap.
type Held struct {
	Category string    `json:"category"`
	Special  bool      `json:"special"`
	Purpose  string    `json:"purpose,omitempty"`
	Location *Location `json:"location"`
}

// Input is what Build needs.
type Input struct {
	Policy *policy.Policy
	// Module is the Go module path, naming the Fides system of the export;
	// "" when unknown (the policy's directory names it then).
	Module string
	// Rel makes a file path relative for the output.
	Rel func(string) string
	// Fields are the personal-data struct fields of the analyzed packages.
	Fields []*Field
	// Properties are the personal-data schema properties.
	Properties []*Location
	// PropertyData gives, per Properties entry, its category, purposes and
	// specialness (same index).
	PropertyData []Datum
	// Flows are personal data reaching sinks.
	Flows []*Flow
}

// Datum is the category and purposes of a declaration.
type Datum struct {
	Category string
	Purposes []string
	Special  bool
}

// Field is a Go struct field holding personal data.
type Field struct {
	Datum
	Location
}

// Flow kinds (as in analyzers/flow).
const (
	FlowStorage    = "storage"
	FlowLog        = "log"
	FlowThirdParty = "thirdparty"
	FlowURL        = "url"
)

// Flow is one source of personal data reaching one sink.
type Flow struct {
	Kind     string
	Category string
	Purposes []string
	Sink     Sink
	// Source identifies the struct field the data comes from as import
	// path + "." + Type.Field; "" when it is no struct field.
	Source    string
	Recipient string // catalog recipient name (SDKs)
	Host      string // constant host of an HTTP request
	Package   string // the sink's package path
}

// Build assembles the record.
func Build(in Input) *Inventory {
	pol := in.Policy
	inv := &Inventory{FormatVersion: FormatVersion, input: &in}
	if pol.Path != "" {
		inv.Policy = in.Rel(pol.Path)
	}
	if o := pol.Organization; o != nil {
		inv.Organization = &Organization{Controller: party(o.Controller), DPO: party(o.DPO), Representative: party(o.Representative)}
	}
	byName := map[string]*Purpose{}
	for _, name := range pol.PurposeNames() {
		p := pol.Purposes[name]
		ip := &Purpose{
			Name:                 name,
			Description:          p.Description,
			LegalBasis:           p.LegalBasis,
			SpecialCategoryBasis: p.SpecialCategoryBasis,
			DataUse:              p.DataUse,
			Subjects:             nonNil(slices.Clone(p.Subjects)),
			Retention:            p.Retention,
			AllowedCategories:    nonNil(slices.Clone(p.Categories)),
			Categories:           []*Category{},
			Recipients:           []*Recipient{},
		}
		if p.File != "" {
			ip.Fides = &FidesOrigin{System: p.System, DeclaredIn: pol.Where(p.File, p.Line)}
		}
		inv.Purposes = append(inv.Purposes, ip)
		byName[name] = ip
	}
	inv.Gaps = Gaps{NoPurpose: []*Held{}, UnknownPurposes: []*Held{}, UnusedPurposes: []string{}, UndeclaredRecipients: []*Recipient{}}
	usedPurpose := map[string]bool{}
	hold := func(d Datum, loc *Location) {
		if len(d.Purposes) == 0 {
			inv.Gaps.NoPurpose = append(inv.Gaps.NoPurpose, &Held{Category: d.Category, Special: d.Special, Location: loc})
			return
		}
		for _, name := range d.Purposes {
			p, ok := byName[name]
			if !ok {
				inv.Gaps.UnknownPurposes = append(inv.Gaps.UnknownPurposes, &Held{Category: d.Category, Special: d.Special, Purpose: name, Location: loc})
				continue
			}
			usedPurpose[name] = true
			c := category(pol, p, d.Category, d.Special)
			c.HeldIn = append(c.HeldIn, loc)
		}
	}
	for _, f := range in.Fields {
		loc := f.Location
		loc.File = in.Rel(loc.File)
		hold(f.Datum, &loc)
	}
	for i, l := range in.Properties {
		loc := *l
		loc.File = in.Rel(loc.File)
		hold(in.PropertyData[i], &loc)
		if loc.Stored {
			for _, name := range in.PropertyData[i].Purposes {
				if p, ok := byName[name]; ok {
					c := category(pol, p, in.PropertyData[i].Category, in.PropertyData[i].Special)
					c.StoredIn = append(c.StoredIn, &Sink{What: "storage (x-storage: true)", Call: "x-storage", From: loc.Symbol,
						File: loc.File, Line: loc.Line, Column: loc.Column, Encrypted: loc.Encrypted})
				}
			}
		}
	}
	undeclared := map[string]*Recipient{}
	for _, fl := range in.Flows {
		s := fl.Sink
		s.File = in.Rel(s.File)
		var tp *policy.ThirdParty
		internal := false
		if fl.Kind == FlowThirdParty {
			internal = pol.InternalHost(fl.Host)
			tp = pol.Recipient(fl.Host, fl.Recipient, fl.Package)
			if tp == nil && !internal {
				r := undeclared[s.What]
				if r == nil {
					r = &Recipient{Name: s.What, Categories: []string{}, Hosts: []string{}}
					undeclared[s.What] = r
				}
				r.Categories = append(r.Categories, fl.Category)
				if fl.Host != "" {
					r.Hosts = append(r.Hosts, fl.Host)
				}
			}
		}
		for _, name := range fl.Purposes {
			p, ok := byName[name]
			if !ok {
				continue
			}
			c := category(pol, p, fl.Category, isSpecial(pol, fl.Category))
			switch fl.Kind {
			case FlowStorage:
				c.StoredIn = append(c.StoredIn, &s)
			case FlowLog:
				c.LoggedIn = append(c.LoggedIn, &s)
			case FlowURL:
				c.InURLs = append(c.InURLs, &s)
			case FlowThirdParty:
				c.SentTo = append(c.SentTo, &s)
				if !internal {
					name := s.What
					if tp != nil {
						name = tp.Name
					}
					addRecipient(p, tp, name, fl)
				}
			}
		}
	}
	for _, p := range inv.Purposes {
		for _, k := range slices.Sorted(maps.Keys(pol.ThirdParties)) {
			tp := pol.ThirdParties[k]
			if slices.Contains(tp.Purposes, p.Name) {
				addRecipient(p, tp, tp.Name, nil)
			}
		}
		if !usedPurpose[p.Name] {
			inv.Gaps.UnusedPurposes = append(inv.Gaps.UnusedPurposes, p.Name)
		}
		p.sort()
	}
	for _, k := range slices.Sorted(maps.Keys(undeclared)) {
		r := undeclared[k]
		r.Categories, r.Hosts = uniq(r.Categories), uniq(r.Hosts)
		inv.Gaps.UndeclaredRecipients = append(inv.Gaps.UndeclaredRecipients, r)
	}
	sortHeld(inv.Gaps.NoPurpose)
	sortHeld(inv.Gaps.UnknownPurposes)
	return inv
}

func party(p *policy.Party) *Party {
	if p == nil {
		return nil
	}
	return &Party{Name: p.Name, Email: p.Email, Address: p.Address, Phone: p.Phone}
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// category returns the purpose's entry for key, adding it.
func category(pol *policy.Policy, p *Purpose, key string, special bool) *Category {
	for _, c := range p.Categories {
		if c.Key == key {
			return c
		}
	}
	c := &Category{
		Key:      key,
		Allowed:  pol.Allows([]string{p.Name}, key, false),
		Special:  special,
		HeldIn:   []*Location{},
		StoredIn: []*Sink{},
		LoggedIn: []*Sink{},
		InURLs:   []*Sink{},
		SentTo:   []*Sink{},
	}
	p.Categories = append(p.Categories, c)
	return c
}

func addRecipient(p *Purpose, tp *policy.ThirdParty, name string, fl *Flow) {
	var r *Recipient
	for _, x := range p.Recipients {
		if x.Name == name {
			r = x
		}
	}
	if r == nil {
		r = &Recipient{Name: name, Categories: []string{}, Hosts: []string{}}
		if tp != nil {
			r.Key, r.Declared, r.Role, r.DPA = tp.Key, true, tp.Role, tp.DPA
			if t := tp.Transfer; t != nil {
				r.Transfer = strings.TrimSpace(t.Country + " (" + t.Mechanism + ")")
			}
		}
		p.Recipients = append(p.Recipients, r)
	}
	if fl != nil {
		r.Categories = uniq(append(r.Categories, fl.Category))
		if fl.Host != "" {
			r.Hosts = uniq(append(r.Hosts, fl.Host))
		}
	}
}

func (p *Purpose) sort() {
	slices.SortFunc(p.Categories, func(a, b *Category) int { return strings.Compare(a.Key, b.Key) })
	for _, c := range p.Categories {
		slices.SortFunc(c.HeldIn, compareLocation)
		c.HeldIn = slices.CompactFunc(c.HeldIn, func(a, b *Location) bool { return *a == *b })
		for _, s := range []*[]*Sink{&c.StoredIn, &c.LoggedIn, &c.InURLs, &c.SentTo} {
			slices.SortFunc(*s, compareSink)
			*s = slices.CompactFunc(*s, func(a, b *Sink) bool { return *a == *b })
		}
	}
	slices.SortFunc(p.Recipients, func(a, b *Recipient) int { return strings.Compare(a.Name, b.Name) })
}

func compareLocation(a, b *Location) int {
	return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column), strings.Compare(a.Symbol, b.Symbol))
}

func compareSink(a, b *Sink) int {
	return cmp.Or(strings.Compare(a.File, b.File), cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column),
		strings.Compare(a.From, b.From), strings.Compare(a.What, b.What), strings.Compare(a.Call, b.Call))
}

func sortHeld(hs []*Held) {
	slices.SortFunc(hs, func(a, b *Held) int {
		return cmp.Or(compareLocation(a.Location, b.Location), strings.Compare(a.Category, b.Category), strings.Compare(a.Purpose, b.Purpose))
	})
}
func uniq(s []string) []string {
	slices.Sort(s)
	return slices.Compact(s)
}

// isSpecial reports whether the taxonomy marks key (or an ancestor of it)
// as a GDPR Art. 9/10 category.
func isSpecial(pol *policy.Policy, key string) bool {
	for k := key; rules.IsPersonal(k); {
		if c := pol.Taxonomy.Category(k); c != nil && c.Special {
			return true
		}
		i := strings.LastIndex(k, ".")
		if i < 0 {
			break
		}
		k = k[:i]
	}
	return false
}
