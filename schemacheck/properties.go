package schemacheck

import (
	"cmp"
	"slices"
	"strings"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/classifier"
)

// Property is a personal-data schema property or parameter found by
// Properties: what privlint inventory lists as "held in".
type Property struct {
	// Pos is the property's (or parameter name's) place in its file.
	Pos finding.Position
	// Pointer is the JSON pointer of the property, as in findings.
	Pointer string
	// Category is the personal-data category key (fideslang spelling).
	Category string
	// DetectedBy says how the category was found: annotation, format,
	// name, …
	DetectedBy string
	// Evidence are the evidence items behind DetectedBy
	// (classifier.Match.Details).
	Evidence []string
	// Purposes are the declared purposes (x-purpose), sorted; nil when
	// none.
	Purposes []string
	// Special is set for GDPR Art. 9/10 categories.
	Special bool
	// Storage is set when the schema or an ancestor says x-storage: true;
	// Encrypted when it says x-encrypted: true.
	Storage, Encrypted bool
	// In is "query", "path", "header" or "cookie" for an OpenAPI or
	// Swagger parameter, "" for a schema property.
	In string
}

// Properties loads the schema files like Check and returns their
// personal-data properties and parameters, sorted by file, line, column
// and pointer, each once, with the errors Check would report. Rule levels
// and suppressions do not apply: a property is listed whatever its
// findings are.
func Properties(files []string, o Options) ([]*Property, []*finding.Error) {
	c, err := newChecker(o)
	if err != nil {
		return nil, []*finding.Error{{Message: err.Error()}}
	}
	c.props = map[string]*Property{}
	for _, f := range files {
		c.checkFileSafely(f)
	}
	c.finish()
	out := make([]*Property, 0, len(c.props))
	for _, p := range c.props {
		out = append(out, p)
	}
	slices.SortFunc(out, func(a, b *Property) int {
		return cmp.Or(strings.Compare(a.Pos.File, b.Pos.File), cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Column, b.Pos.Column), strings.Compare(a.Pointer, b.Pointer))
	})
	return out, finding.SortErrors(c.errs)
}

// record keeps a judged property for Properties (a no-op under Check).
func (c *checker) record(pos finding.Position, ptr string, m classifier.Match, cx ctx, u *urlUse) {
	if c.props == nil {
		return
	}
	key := pos.File + "\x00" + ptr
	if _, ok := c.props[key]; ok {
		return
	}
	purposes := slices.Clone(cx.purposes)
	slices.Sort(purposes)
	purposes = slices.Compact(purposes)
	if len(purposes) == 0 {
		purposes = nil
	}
	p := &Property{
		Pos:        pos,
		Pointer:    ptr,
		Category:   m.Category,
		DetectedBy: string(m.By),
		Evidence:   m.Details,
		Purposes:   purposes,
		Special:    m.Special,
		Storage:    cx.storage,
		Encrypted:  cx.encrypted,
	}
	if u != nil {
		p.In = u.in
	}
	c.props[key] = p
}
