package schemacheck

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/privlint/privlint/finding"
)

// docKind is what a schema file holds.
type docKind int

const (
	kindUnknown docKind = iota
	kindJSONSchema
	kindOpenAPI30
	kindOpenAPI31
	kindSwagger2
)

func (k docKind) String() string {
	switch k {
	case kindJSONSchema:
		return "JSON Schema"
	case kindOpenAPI30:
		return "OpenAPI 3.0"
	case kindOpenAPI31:
		return "OpenAPI 3.1"
	case kindSwagger2:
		return "Swagger 2.0"
	}
	return "unknown"
}

// schemaShapeKeys are keywords whose presence at the top level makes a
// document without $schema a JSON Schema.
var schemaShapeKeys = []string{"$id", "$ref", "$defs", "definitions", "type", "properties",
	"patternProperties", "additionalProperties", "items", "prefixItems", "allOf", "anyOf", "oneOf",
	"enum", "const", "required"}

// detect decides the document kind by content. An error describes an
// unsupported OpenAPI or Swagger version; kindUnknown with no error means
// the content does not look like a schema at all.
func detect(d *document) (docKind, *finding.Error) {
	root := deref(d.root)
	if root == nil || root.Kind != mappingNode {
		return kindUnknown, nil
	}
	if k, v := get(root, "openapi"); v != nil {
		s, _ := scalar(v)
		d.version = s
		switch {
		case strings.HasPrefix(s, "3.0"):
			return kindOpenAPI30, nil
		case strings.HasPrefix(s, "3.1"):
			return kindOpenAPI31, nil
		}
		return kindUnknown, &finding.Error{File: d.path, Line: int(k.Line), Column: d.pos(k).Column,
			Message: fmt.Sprintf("unsupported OpenAPI version %q; privlint checks OpenAPI 3.0 and 3.1 and Swagger 2.0", s)}
	}
	if k, v := get(root, "swagger"); v != nil {
		s, _ := scalar(v)
		d.version = s
		if s == "2.0" {
			return kindSwagger2, nil
		}
		return kindUnknown, &finding.Error{File: d.path, Line: int(k.Line), Column: d.pos(k).Column,
			Message: fmt.Sprintf("unsupported Swagger version %q; privlint checks Swagger 2.0 and OpenAPI 3.0 and 3.1", s)}
	}
	if _, v := get(root, "$schema"); v != nil {
		d.version, _ = scalar(v)
		return kindJSONSchema, nil
	}
	for _, k := range schemaShapeKeys {
		if _, v := get(root, k); v != nil {
			return kindJSONSchema, nil
		}
	}
	return kindUnknown, nil
}

// drafts maps the $schema URLs privlint validates against (scheme and
// trailing "#" removed) to the meta-schema URL the validator embeds.
var drafts = map[string]string{
	"json-schema.org/draft-04/schema":                   "https://json-schema.org/draft-04/schema",
	"json-schema.org/draft-06/schema":                   "https://json-schema.org/draft-06/schema",
	"json-schema.org/draft-07/schema":                   "https://json-schema.org/draft-07/schema",
	"json-schema.org/draft/2019-09/schema":              "https://json-schema.org/draft/2019-09/schema",
	"json-schema.org/draft/2020-12/schema":              "https://json-schema.org/draft/2020-12/schema",
	"json-schema.org/schema":                            "https://json-schema.org/draft/2020-12/schema",
	"spec.openapis.org/oas/3.1/dialect/base":            "https://json-schema.org/draft/2020-12/schema",
	"spec.openapis.org/oas/3.1/dialect/2024-10-25":      "https://json-schema.org/draft/2020-12/schema",
	"spec.openapis.org/oas/3.1/schema-base/2022-10-07":  "https://json-schema.org/draft/2020-12/schema",
	"spec.openapis.org/oas/3.1/dialect/base/2022-10-07": "https://json-schema.org/draft/2020-12/schema",
}

// metaURL returns the meta-schema URL for a $schema value; "" when unknown.
// A document without $schema is validated as draft 2020-12.
func metaURL(schema string) string {
	if schema == "" {
		return "https://json-schema.org/draft/2020-12/schema"
	}
	s := strings.TrimSuffix(strings.TrimSuffix(schema, "#"), "/")
	s = strings.TrimPrefix(strings.TrimPrefix(s, "https://"), "http://")
	return drafts[s]
}

var (
	metaMu    sync.Mutex
	metaCache = map[string]*jsonschema.Schema{}
)

// errNoNetwork is what the validator's loader returns for every URL:
// privlint never fetches anything.
var errNoNetwork = errors.New("privlint does not load schemas over the network or from disk during validation")

// metaSchema returns the compiled meta-schema at url (embedded in the
// validator; nothing is loaded).
func metaSchema(url string) (*jsonschema.Schema, error) {
	metaMu.Lock()
	defer metaMu.Unlock()
	if s, ok := metaCache[url]; ok {
		return s, nil
	}
	c := jsonschema.NewCompiler()
	c.LoadURL = func(string) (io.ReadCloser, error) { return nil, errNoNetwork }
	s, err := c.Compile(url)
	if err != nil {
		return nil, fmt.Errorf("compiling the meta-schema %s: %w", url, err)
	}
	metaCache[url] = s
	return s, nil
}

// validateMeta validates a JSON Schema document against its meta-schema
// and returns one error per invalid location, at that location's line.
// Documents the fast path (certainlyValid) proves valid are not converted
// or given to the validator.
func validateMeta(d *document) []*finding.Error {
	url := metaURL(d.version)
	if url == "" {
		_, v, _ := d.locate("/$schema")
		return []*finding.Error{d.errorAt(v, fmt.Sprintf("unknown $schema %q: privlint validates JSON Schema draft-04, -06, -07, 2019-09 and 2020-12; the document was checked for personal data but not validated", d.version))}
	}
	meta, err := metaSchema(url)
	if err != nil {
		return []*finding.Error{{File: d.path, Message: err.Error()}}
	}
	if certainlyValid(meta, d.root) {
		return nil
	}
	// checkLimits bounded what a YAML document expands to; the budget
	// is a second guard for documents that did not pass through it.
	conv := &converter{budget: maxConvertNodes}
	if d.values > 0 {
		conv.budget = max(conv.budget, d.values+1)
	}
	v := conv.value(d.root, 0)
	if conv.err != "" {
		return []*finding.Error{d.errorAt(conv.errNode, conv.err)}
	}
	err = meta.Validate(v)
	if err == nil {
		return nil
	}
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return []*finding.Error{{File: d.path, Message: fmt.Sprintf("validating against %s: %v", url, err)}}
	}
	// One error per instance location, from the deepest causes.
	byLoc := map[string][]string{}
	var locs []string
	var leaves func(e *jsonschema.ValidationError)
	leaves = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			if _, ok := byLoc[e.InstanceLocation]; !ok {
				locs = append(locs, e.InstanceLocation)
			}
			if !slices.Contains(byLoc[e.InstanceLocation], e.Message) {
				byLoc[e.InstanceLocation] = append(byLoc[e.InstanceLocation], e.Message)
			}
			return
		}
		for _, c := range e.Causes {
			leaves(c)
		}
	}
	leaves(ve)
	var out []*finding.Error
	for _, loc := range locs {
		key, value, _ := d.locate(loc)
		at := key
		if at == nil {
			at = value
		}
		where := loc
		if where == "" {
			where = "the document root"
		}
		out = append(out, d.errorAt(at, fmt.Sprintf("invalid schema at %s: %s (%s meta-schema)",
			where, strings.Join(byLoc[loc], "; or "), draftName(url))))
	}
	return out
}

func draftName(url string) string {
	switch {
	case strings.Contains(url, "draft-04"):
		return "draft-04"
	case strings.Contains(url, "draft-06"):
		return "draft-06"
	case strings.Contains(url, "draft-07"):
		return "draft-07"
	case strings.Contains(url, "2019-09"):
		return "draft 2019-09"
	}
	return "draft 2020-12"
}

// errorAt returns an error at node n of d (line 0 when n is nil).
func (d *document) errorAt(n *node, msg string) *finding.Error {
	e := &finding.Error{File: d.path, Message: msg}
	if n != nil && n.Line > 0 {
		p := d.pos(n)
		e.Line, e.Column = p.Line, p.Column
	}
	return e
}

// maxConvertNodes bounds the values a document may expand to, aliases
// included, so that an alias bomb cannot exhaust memory, unless
// checkLimits measured the document's expansion (document.values).
const maxConvertNodes = 4 << 20

// converter turns a node tree into the plain values the validator takes
// (map[string]any, []any, string, json.Number, bool, nil).
type converter struct {
	budget  int
	active  map[*node]bool
	err     string
	errNode *node
}

func (c *converter) fail(n *node, msg string) any {
	if c.err == "" {
		c.err, c.errNode = msg, n
	}
	return nil
}

func (c *converter) value(n *node, depth int) any {
	if c.err != "" || n == nil {
		return nil
	}
	c.budget--
	if c.budget < 0 {
		return c.fail(n, "the document expands to too many values (YAML aliases?); it was not validated")
	}
	if depth > maxJSONDepth {
		return c.fail(n, "the document nests too deeply to validate")
	}
	switch n.Kind {
	case aliasNode:
		if c.active == nil {
			c.active = map[*node]bool{}
		}
		if c.active[n.Alias] {
			return c.fail(n, "a YAML alias refers to a node that contains it; a schema must be a finite JSON value")
		}
		c.active[n.Alias] = true
		v := c.value(n.Alias, depth+1)
		delete(c.active, n.Alias)
		return v
	case documentNode:
		if len(n.Content) == 0 {
			return nil
		}
		return c.value(n.Content[0], depth+1)
	case mappingNode:
		ps := pairs(n)
		m := make(map[string]any, len(ps))
		for _, p := range ps {
			m[p.key.Value] = c.value(p.val, depth+1)
		}
		return m
	case sequenceNode:
		s := make([]any, len(n.Content))
		for i, e := range n.Content {
			s[i] = c.value(e, depth+1)
		}
		return s
	case scalarNode:
		switch n.Tag {
		case tagNull:
			return nil
		case tagBool:
			b, _ := isBool(n)
			return b
		case tagInt:
			if i, err := strconv.ParseInt(strings.ReplaceAll(n.Value, "_", ""), 0, 64); err == nil {
				return json.Number(strconv.FormatInt(i, 10))
			}
			if _, err := strconv.ParseFloat(n.Value, 64); err == nil {
				return json.Number(n.Value)
			}
			return n.Value
		case tagFloat:
			f, err := strconv.ParseFloat(strings.ReplaceAll(n.Value, "_", ""), 64)
			if err != nil {
				if isYAMLSpecialFloat(n.Value) {
					return c.fail(n, fmt.Sprintf("%s is not a JSON number", n.Value))
				}
				return n.Value
			}
			if math.IsInf(f, 0) || math.IsNaN(f) {
				return c.fail(n, fmt.Sprintf("%s is not a JSON number", n.Value))
			}
			if json.Valid([]byte(n.Value)) {
				return json.Number(n.Value)
			}
			return json.Number(strconv.FormatFloat(f, 'g', -1, 64))
		}
		return n.Value
	}
	return nil
}

func isYAMLSpecialFloat(s string) bool {
	switch strings.ToLower(strings.TrimLeft(s, "+-")) {
	case ".inf", ".nan":
		return true
	}
	return false
}
