package policy

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v5"
	"gopkg.in/yaml.v3"
)

// SchemaJSON is the JSON Schema (draft 2020-12) that privlint.yaml files
// are validated against. Editors can use it for completion.
//
//go:embed policy.schema.json
var SchemaJSON []byte

// schemaURL is the $id of the embedded schema.
const schemaURL = "https://github.com/privlint/privlint/rules/policy/policy.schema.json"

// embeddedSchema is a JSON Schema shipped in the binary, compiled once.
type embeddedSchema struct {
	name string // for messages: "policy", "Fides manifest"
	url  string // its $id
	data []byte

	once     sync.Once
	compiled *jsonschema.Schema
	doc      map[string]any
	err      error
}

var (
	policySchema = &embeddedSchema{name: "policy", url: schemaURL, data: SchemaJSON}
	fidesSchema  = &embeddedSchema{name: "Fides manifest", url: FidesSchemaURL, data: FidesSchemaJSON}
)

// loadSchema compiles the embedded policy schema once.
func loadSchema() (*jsonschema.Schema, map[string]any, error) { return policySchema.load() }

// load compiles the schema once. Every URL load is disabled: the schema
// must be self-contained.
func (e *embeddedSchema) load() (*jsonschema.Schema, map[string]any, error) {
	e.once.Do(func() {
		if err := json.Unmarshal(e.data, &e.doc); err != nil {
			e.err = fmt.Errorf("decoding the embedded %s schema: %w", e.name, err)
			return
		}
		c := jsonschema.NewCompiler()
		c.Draft = jsonschema.Draft2020
		c.LoadURL = func(u string) (io.ReadCloser, error) {
			return nil, fmt.Errorf("loading %s: remote and file loading is disabled", u)
		}
		if err := c.AddResource(e.url, bytes.NewReader(e.data)); err != nil {
			e.err = fmt.Errorf("adding the embedded %s schema: %w", e.name, err)
			return
		}
		s, err := c.Compile(e.url)
		if err != nil {
			e.err = fmt.Errorf("compiling the embedded %s schema: %w", e.name, err)
			return
		}
		e.compiled = s
	})
	return e.compiled, e.doc, e.err
}

// validateSchema validates v, converted from root, against the embedded
// policy schema and returns friendly, positioned errors.
func validateSchema(file string, root *yaml.Node, v any) ([]*Error, error) {
	return policySchema.validate(file, root, v)
}

// validate validates v, converted from root, against the schema and
// returns friendly, positioned errors.
func (e *embeddedSchema) validate(file string, root *yaml.Node, v any) ([]*Error, error) {
	s, doc, err := e.load()
	if err != nil {
		return nil, err
	}
	verr := s.Validate(v)
	if verr == nil {
		return nil, nil
	}
	ve, ok := verr.(*jsonschema.ValidationError)
	if !ok {
		return nil, fmt.Errorf("validating %s: %w", file, verr)
	}
	var out []*Error
	for _, leaf := range leaves(ve) {
		out = append(out, explain(file, root, v, doc, leaf)...)
	}
	return out, nil
}

// leaves returns the most specific causes of ve.
func leaves(ve *jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(ve.Causes) == 0 {
		return []*jsonschema.ValidationError{ve}
	}
	var out []*jsonschema.ValidationError
	for _, c := range ve.Causes {
		out = append(out, leaves(c)...)
	}
	return out
}

// explain turns one leaf validation error into privlint errors.
func explain(file string, root *yaml.Node, v any, doc map[string]any, leaf *jsonschema.ValidationError) []*Error {
	instTokens := pointerTokens(leaf.InstanceLocation)
	loc := locate(root, instTokens)
	inst := valueAt(v, instTokens)
	kwTokens := pointerTokens(leaf.AbsoluteKeywordLocation)
	if len(kwTokens) == 0 {
		return []*Error{at(file, loc.val, loc.path, leaf.Message)}
	}
	keyword := kwTokens[len(kwTokens)-1]
	parent, _ := schemaAt(doc, kwTokens[:len(kwTokens)-1]).(map[string]any)
	inPropertyNames := slices.Contains(pointerTokens(leaf.KeywordLocation), "propertyNames")

	switch keyword {
	case "additionalProperties":
		obj, _ := inst.(map[string]any)
		known := knownKeys(parent)
		var out []*Error
		for _, k := range slices.Sorted(maps.Keys(obj)) {
			if slices.Contains(known, k) || matchesPatternProperty(parent, k) {
				continue
			}
			kl := locate(root, append(slices.Clip(instTokens), k))
			msg := "unknown key"
			if s := suggest(k, known); s != "" {
				msg += "; did you mean " + s + "?"
			}
			if len(known) > 0 {
				msg += " (known: " + strings.Join(known, ", ") + ")"
			}
			out = append(out, at(file, kl.keyNode(), kl.path, msg))
		}
		if len(out) > 0 {
			return out
		}
	case "required":
		obj, _ := inst.(map[string]any)
		var missing []string
		for _, r := range stringsOf(parent["required"]) {
			if _, ok := obj[r]; !ok {
				missing = append(missing, r)
			}
		}
		if len(missing) > 0 {
			word := "key"
			if len(missing) > 1 {
				word = "keys"
			}
			return []*Error{at(file, loc.keyNode(), loc.path, fmt.Sprintf("missing required %s %s", word, strings.Join(missing, ", ")))}
		}
	case "type":
		return []*Error{at(file, loc.val, loc.path, fmt.Sprintf("expected %s, got %s", describe(doc, parent, 0), kindOf(inst)))}
	case "enum":
		allowed := make([]string, 0)
		for _, e := range asSlice(parent["enum"]) {
			if e != nil { // null in an enum makes the value optional; not worth listing
				allowed = append(allowed, fmt.Sprint(e))
			}
		}
		if s, ok := inst.(string); ok {
			if s == "TODO" {
				// privlint init writes TODO where only a person can choose.
				return []*Error{at(file, loc.val, loc.path, fmt.Sprintf(
					"TODO: choose the basis that applies to this purpose, one of %s (privlint init cannot choose it for you)", strings.Join(allowed, ", ")))}
			}
			msg := fmt.Sprintf("%q is not one of %s", s, strings.Join(allowed, ", "))
			if sug := suggest(s, allowed); sug != "" {
				msg = fmt.Sprintf("%q is not one of %s; did you mean %s?", s, strings.Join(allowed, ", "), sug)
			}
			return []*Error{at(file, loc.val, loc.path, msg)}
		}
		return []*Error{at(file, loc.val, loc.path, fmt.Sprintf("expected one of %s, got %s", strings.Join(allowed, ", "), kindOf(inst)))}
	case "const":
		want := parent["const"]
		if loc.path == "version" {
			if _, ok := inst.(string); ok {
				return []*Error{at(file, loc.val, loc.path, fmt.Sprintf("unsupported version: a string; this privlint reads version %v", want))}
			}
			return []*Error{at(file, loc.val, loc.path, fmt.Sprintf("unsupported version %s; this privlint reads version %v", display(inst), want))}
		}
		return []*Error{at(file, loc.val, loc.path, fmt.Sprintf("expected %v, got %s", want, kindOf(inst)))}
	case "pattern":
		hint, _ := parent["x-hint"].(string)
		if hint == "" {
			hint = fmt.Sprintf("must match %v", parent["pattern"])
		}
		if inPropertyNames {
			name := ""
			if len(instTokens) > 0 {
				name = instTokens[len(instTokens)-1]
			}
			return []*Error{at(file, loc.keyNode(), loc.path, fmt.Sprintf("invalid key %q: %s", name, hint))}
		}
		// A word checked like an enum value: it may be quoted.
		return []*Error{at(file, loc.val, loc.path, fmt.Sprintf("%s is not valid: %s", display(inst), hint))}
	case "minLength":
		return []*Error{at(file, loc.val, loc.path, "must not be empty")}
	}
	return []*Error{at(file, loc.val, loc.path, leaf.Message)}
}

// at builds an *Error positioned at n.
func at(file string, n *yaml.Node, key, msg string) *Error {
	e := &Error{File: file, Key: key, Msg: msg}
	if n != nil {
		e.Line, e.Column = n.Line, n.Column
	}
	return e
}

// valueAt follows JSON pointer tokens through a converted value.
func valueAt(v any, tokens []string) any {
	for _, tok := range tokens {
		switch x := v.(type) {
		case map[string]any:
			v = x[tok]
		case []any:
			i, err := strconv.Atoi(tok)
			if err != nil || i < 0 || i >= len(x) {
				return nil
			}
			v = x[i]
		default:
			return nil
		}
	}
	return v
}

// schemaAt follows JSON pointer tokens through the schema document.
func schemaAt(doc map[string]any, tokens []string) any {
	return valueAt(doc, tokens)
}

// resolveRef follows local $refs ("#/$defs/x") of a schema object.
func resolveRef(doc map[string]any, s map[string]any) map[string]any {
	for i := 0; i < 10 && s != nil; i++ {
		ref, ok := s["$ref"].(string)
		if !ok || !strings.HasPrefix(ref, "#") {
			return s
		}
		s, _ = schemaAt(doc, pointerTokens(ref)).(map[string]any)
	}
	return s
}

// knownKeys lists the properties a schema object allows, sorted.
func knownKeys(s map[string]any) []string {
	props, _ := s["properties"].(map[string]any)
	return slices.Sorted(maps.Keys(props))
}

// matchesPatternProperty reports whether key matches one of the
// patternProperties of schema object s.
func matchesPatternProperty(s map[string]any, key string) bool {
	pp, _ := s["patternProperties"].(map[string]any)
	for pattern := range pp {
		if re, err := regexp.Compile(pattern); err == nil && re.MatchString(key) {
			return true
		}
	}
	return false
}

// describe says in words what a schema accepts, for type errors:
// "a list of strings", "a mapping", "a string or an integer".
func describe(doc map[string]any, s map[string]any, depth int) string {
	s = resolveRef(doc, s)
	if s == nil || depth > 3 {
		return "a value"
	}
	var types []string
	switch t := s["type"].(type) {
	case string:
		types = []string{t}
	case []any:
		types = stringsOf(t)
	}
	if len(types) == 0 {
		if _, ok := s["enum"]; ok {
			return "one of " + strings.Join(stringsOf(s["enum"]), ", ")
		}
		return "a value"
	}
	words := make([]string, 0, len(types))
	for _, t := range types {
		switch t {
		case "object":
			words = append(words, "a mapping")
		case "array":
			items, _ := s["items"].(map[string]any)
			if items == nil {
				words = append(words, "a list")
				break
			}
			item := describe(doc, items, depth+1)
			switch item {
			case "a string":
				words = append(words, "a list of strings")
			case "a mapping":
				words = append(words, "a list of mappings")
			default:
				words = append(words, "a list")
			}
		case "string":
			words = append(words, "a string")
		case "integer":
			words = append(words, "an integer")
		case "number":
			words = append(words, "a number")
		case "boolean":
			words = append(words, "true or false")
		case "null":
			words = append(words, "nothing")
		}
	}
	return strings.Join(words, " or ")
}

// kindOf names the kind of a converted YAML value for messages: its type,
// never its text.
func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "an empty value"
	case bool:
		return "a boolean"
	case int64:
		return "a number"
	case float64:
		return "a number"
	case string:
		// Never the value: a policy file that is not what it seems (a
		// link to a credentials file) must not be printed by its errors.
		return "a string"
	case []any:
		return "a list"
	case map[string]any:
		return "a mapping"
	}
	return fmt.Sprintf("%T", v)
}

// display renders a scalar for messages: strings quoted, others plain.
// Only for words checked against a pattern or a list (a rule id, a
// category key), never for a structural error: those say the type only
// (kindOf).
func display(v any) string {
	switch x := v.(type) {
	case string:
		return strconv.Quote(x)
	case nil:
		return "an empty value"
	case []any, map[string]any:
		return kindOf(v)
	}
	return fmt.Sprint(v)
}

func asSlice(v any) []any {
	s, _ := v.([]any)
	return s
}

func stringsOf(v any) []string {
	var out []string
	for _, x := range asSlice(v) {
		out = append(out, fmt.Sprint(x))
	}
	return out
}

// suggest returns the candidate closest to s when it is a plausible typo
// (edit distance at most 2, and less than half of s), or "".
func suggest(s string, candidates []string) string {
	best, bestD := "", 3
	for _, c := range candidates {
		if d := editDistance(s, c); d < bestD && d*2 <= len([]rune(s)) {
			best, bestD = c, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		if a == b {
			return 0
		}
		return 64
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}
