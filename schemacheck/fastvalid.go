package schemacheck

import (
	"encoding/binary"
	"math"
	"math/big"
	"regexp"
	"strconv"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// fastValidator decides quickly, on the node tree itself, whether a
// document is certainly valid against a compiled meta-schema. It
// interprets the keywords the JSON Schema meta-schemas use (type,
// properties, patternProperties, additionalProperties, propertyNames,
// items, allOf, anyOf, $ref, $recursiveRef, $dynamicRef, enum, required,
// minimum, minItems, uniqueItems, pattern, format, …) and answers false —
// "not certainly valid" — for anything it does not model (oneOf, not,
// if/then/else, unevaluated*, contains, multipleOf, non-string enums,
// YAML aliases and merge keys, numbers not written in plain decimal, …).
//
// It is a filter in front of the validator, never a replacement: a false
// answer sends the document to jsonschema's full validation, which then
// produces the errors (or finds it valid after all). A true answer is
// only given when every constraint was checked, so the result of
// validateMeta is the same either way; validation of valid documents, the
// common case, costs one walk of the tree without any conversion.
type fastValidator struct {
	root   *jsonschema.Schema
	budget int // schema applications left; exhausted means "not decided"
	// leaves remembers the small all-scalar objects (the typical property
	// schema, {"type": "string", "format": "email"}) found valid against a
	// schema, by their exact content, so that repeated ones are decided
	// by one lookup.
	leaves map[*jsonschema.Schema]map[string]bool
	buf    []byte
}

// maxLeafPairs bounds the objects whose verdicts are remembered.
const maxLeafPairs = 8

// fastBudget bounds the work of one fast validation (schema applications
// to instance nodes); a document needing more goes to the full validator.
const fastBudget = 1 << 24

// certainlyValid reports whether document root n is certainly valid
// against the meta-schema meta.
func certainlyValid(meta *jsonschema.Schema, n *node) bool {
	v := &fastValidator{root: meta, budget: fastBudget}
	return v.valid(meta, n, 0)
}

// jsonKind is the JSON type of a node, as the converter would produce it.
type jsonKind uint8

const (
	kUndecided jsonKind = iota // aliases, odd scalars: not modelled
	kNull
	kBool
	kInteger // a plain decimal integer
	kNumber  // a plain JSON number that is not written as an integer
	kString
	kObject
	kArray
)

// plainInt matches the integers the fast path accepts: plain decimal.
var plainInt = regexp.MustCompile(`^-?(?:0|[1-9][0-9]*)$`)

// plainNumber matches JSON numbers.
var plainNumber = regexp.MustCompile(`^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?$`)

func kindOf(n *node) jsonKind {
	switch n.Kind {
	case mappingNode:
		return kObject
	case sequenceNode:
		return kArray
	case scalarNode:
		switch n.Tag {
		case tagStr:
			return kString
		case tagNull:
			return kNull
		case tagBool:
			if _, ok := isBool(n); ok {
				return kBool
			}
		case tagInt:
			// The converter keeps what ParseInt reads as a number.
			if _, err := strconv.ParseInt(n.Value, 10, 64); err == nil && plainInt.MatchString(n.Value) {
				return kInteger
			}
		case tagFloat:
			// The converter turns a float that overflows into a string.
			if f, err := strconv.ParseFloat(n.Value, 64); err == nil && !math.IsInf(f, 0) && plainNumber.MatchString(n.Value) {
				return kNumber
			}
		}
	}
	return kUndecided
}

func typeMatches(types []string, k jsonKind) bool {
	for _, t := range types {
		switch t {
		case "null":
			if k == kNull {
				return true
			}
		case "boolean":
			if k == kBool {
				return true
			}
		case "integer":
			if k == kInteger {
				return true
			}
		case "number":
			if k == kInteger || k == kNumber {
				return true
			}
		case "string":
			if k == kString {
				return true
			}
		case "object":
			if k == kObject {
				return true
			}
		case "array":
			if k == kArray {
				return true
			}
		}
	}
	return false
}

// valid reports whether n is certainly valid against s.
func (v *fastValidator) valid(s *jsonschema.Schema, n *node, depth int) bool {
	v.budget--
	if s == nil || n == nil || v.budget < 0 || depth > maxJSONDepth {
		return false
	}
	if s.Always != nil {
		return *s.Always
	}
	// Keywords the fast path does not model.
	if s.Not != nil || len(s.OneOf) > 0 || s.If != nil || s.UnevaluatedProperties != nil ||
		s.UnevaluatedItems != nil || s.Contains != nil || s.MultipleOf != nil || len(s.Constant) > 0 ||
		s.ContentEncoding != "" || s.ContentMediaType != "" || s.ContentSchema != nil || len(s.Extensions) > 0 {
		return false
	}
	k := kindOf(n)
	if k == kUndecided {
		return false
	}
	if k == kObject {
		if enc, ok := v.leafKey(n); ok {
			if v.leaves[s][string(enc)] {
				return true
			}
			key := string(enc) // check reuses the buffer
			if !v.check(s, n, k, depth) {
				return false
			}
			m := v.leaves[s]
			if m == nil {
				if v.leaves == nil {
					v.leaves = map[*jsonschema.Schema]map[string]bool{}
				}
				m = map[string]bool{}
				v.leaves[s] = m
			}
			m[key] = true
			return true
		}
	}
	return v.check(s, n, k, depth)
}

// leafKey encodes a small object whose values are all plain scalars, for
// the leaves memo; ok is false for other objects.
func (v *fastValidator) leafKey(n *node) (enc []byte, ok bool) {
	if len(n.Content) > 2*maxLeafPairs {
		return nil, false
	}
	b := v.buf[:0]
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != scalarNode || val.Kind != scalarNode {
			return nil, false
		}
		// Tags are a byte each; lengths make the encoding unambiguous
		// whatever the bytes.
		b = append(b, byte(k.Tag))
		b = appendField(b, k.Value)
		b = append(b, byte(val.Tag))
		b = appendField(b, val.Value)
	}
	v.buf = b
	return b, true
}

func appendField(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

// check applies the keywords of s to n (of kind k).
func (v *fastValidator) check(s *jsonschema.Schema, n *node, k jsonKind, depth int) bool {
	if len(s.Types) > 0 && !typeMatches(s.Types, k) {
		return false
	}
	if len(s.Enum) > 0 && !v.inEnum(s.Enum, n, k) {
		return false
	}
	if s.Format != "" && !v.formatOK(s.Format, n, k) {
		return false
	}
	switch k {
	case kObject:
		if !v.object(s, n, depth) {
			return false
		}
	case kArray:
		if !v.array(s, n, depth) {
			return false
		}
	case kString:
		if s.MinLength != -1 || s.MaxLength != -1 {
			l := utf8.RuneCountInString(n.Value)
			if (s.MinLength != -1 && l < s.MinLength) || (s.MaxLength != -1 && l > s.MaxLength) {
				return false
			}
		}
		if s.Pattern != nil && !s.Pattern.MatchString(n.Value) {
			return false
		}
	case kInteger, kNumber:
		if s.Minimum != nil || s.Maximum != nil || s.ExclusiveMinimum != nil || s.ExclusiveMaximum != nil {
			x, ok := new(big.Rat).SetString(n.Value)
			if !ok {
				return false
			}
			if (s.Minimum != nil && x.Cmp(s.Minimum) < 0) || (s.Maximum != nil && x.Cmp(s.Maximum) > 0) ||
				(s.ExclusiveMinimum != nil && x.Cmp(s.ExclusiveMinimum) <= 0) ||
				(s.ExclusiveMaximum != nil && x.Cmp(s.ExclusiveMaximum) >= 0) {
				return false
			}
		}
	}
	// In-place applicators.
	if s.Ref != nil && !v.valid(s.Ref, n, depth+1) {
		return false
	}
	if s.RecursiveRef != nil {
		t := s.RecursiveRef
		if t.RecursiveAnchor {
			// The outermost schema of the dynamic scope is the root.
			if !v.root.RecursiveAnchor {
				return false
			}
			t = v.root
		}
		if !v.valid(t, n, depth+1) {
			return false
		}
	}
	if s.DynamicRef != nil {
		t := s.DynamicRef
		if t.DynamicAnchor != "" {
			// The outermost resource declaring the anchor is the root.
			if v.root.DynamicAnchor != t.DynamicAnchor {
				return false
			}
			t = v.root
		}
		if !v.valid(t, n, depth+1) {
			return false
		}
	}
	for _, a := range s.AllOf {
		if !v.valid(a, n, depth+1) {
			return false
		}
	}
	if len(s.AnyOf) > 0 {
		matched := false
		for _, a := range s.AnyOf {
			if v.valid(a, n, depth+1) {
				matched = true
				break
			}
		}
		if !matched {
			return false
		}
	}
	return true
}

// inEnum reports whether n certainly equals one of the enum values; only
// strings are compared.
func (v *fastValidator) inEnum(enum []any, n *node, k jsonKind) bool {
	if k != kString {
		return false
	}
	for _, e := range enum {
		if s, ok := e.(string); ok && s == n.Value {
			return true
		}
	}
	return false
}

// formatOK reports whether string n certainly satisfies the format (or
// the format is not asserted: then the full validator decides).
func (v *fastValidator) formatOK(format string, n *node, k jsonKind) bool {
	if k != kString {
		// Formats constrain strings; a non-string passes them in the
		// validator, but the fast path does not assume it.
		return false
	}
	f := jsonschema.Formats[format]
	return f != nil && f(n.Value)
}

func (v *fastValidator) object(s *jsonschema.Schema, n *node, depth int) bool {
	size := len(n.Content) / 2
	for i := 0; i+1 < len(n.Content); i += 2 {
		if kn := n.Content[i]; kn.Kind != scalarNode || kn.Tag == tagMerge {
			return false
		}
	}
	if (s.MinProperties != -1 && size < s.MinProperties) || (s.MaxProperties != -1 && size > s.MaxProperties) {
		return false
	}
	for _, r := range s.Required {
		if !hasKey(n, r) {
			return false
		}
	}
	for dname, dvalue := range s.Dependencies {
		if !hasKey(n, dname) {
			continue
		}
		switch dv := dvalue.(type) {
		case *jsonschema.Schema:
			if !v.valid(dv, n, depth+1) {
				return false
			}
		case []string:
			for _, r := range dv {
				if !hasKey(n, r) {
					return false
				}
			}
		default:
			return false
		}
	}
	for dname, req := range s.DependentRequired {
		if hasKey(n, dname) {
			for _, r := range req {
				if !hasKey(n, r) {
					return false
				}
			}
		}
	}
	for dname, sch := range s.DependentSchemas {
		if hasKey(n, dname) && !v.valid(sch, n, depth+1) {
			return false
		}
	}
	var nameNode node
	for i := 0; i+1 < len(n.Content); i += 2 {
		name, value := n.Content[i].Value, n.Content[i+1]
		if s.RegexProperties && !isRegexp(name) {
			return false
		}
		if s.PropertyNames != nil {
			nameNode = node{Kind: scalarNode, Tag: tagStr, Value: name}
			if !v.valid(s.PropertyNames, &nameNode, depth+1) {
				return false
			}
		}
		evaluated := false
		if ps, ok := s.Properties[name]; ok {
			evaluated = true
			if !v.valid(ps, value, depth+1) {
				return false
			}
		}
		for re, ps := range s.PatternProperties {
			if re.MatchString(name) {
				evaluated = true
				if !v.valid(ps, value, depth+1) {
					return false
				}
			}
		}
		if evaluated || s.AdditionalProperties == nil {
			continue
		}
		switch ap := s.AdditionalProperties.(type) {
		case bool:
			if !ap {
				return false
			}
		case *jsonschema.Schema:
			if !v.valid(ap, value, depth+1) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

func hasKey(n *node, key string) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return true
		}
	}
	return false
}

func isRegexp(s string) bool {
	f := jsonschema.Formats["regex"]
	return f != nil && f(s)
}

func (v *fastValidator) array(s *jsonschema.Schema, n *node, depth int) bool {
	items := n.Content
	if (s.MinItems != -1 && len(items) < s.MinItems) || (s.MaxItems != -1 && len(items) > s.MaxItems) {
		return false
	}
	if s.UniqueItems && !uniqueStrings(items) {
		return false
	}
	switch it := s.Items.(type) {
	case nil:
	case *jsonschema.Schema:
		for _, e := range items {
			if !v.valid(it, e, depth+1) {
				return false
			}
		}
	case []*jsonschema.Schema:
		for i, e := range items {
			var sch *jsonschema.Schema
			if i < len(it) {
				sch = it[i]
			} else {
				switch ai := s.AdditionalItems.(type) {
				case nil:
					continue
				case bool:
					if !ai {
						return false
					}
					continue
				case *jsonschema.Schema:
					sch = ai
				default:
					return false
				}
			}
			if !v.valid(sch, e, depth+1) {
				return false
			}
		}
	default:
		return false
	}
	for i, e := range items {
		sch := s.Items2020
		if i < len(s.PrefixItems) {
			sch = s.PrefixItems[i]
		}
		if sch != nil && !v.valid(sch, e, depth+1) {
			return false
		}
	}
	return true
}

// uniqueStrings reports whether items are certainly distinct: all strings
// and pairwise different (other values are not compared).
func uniqueStrings(items []*node) bool {
	if len(items) <= 16 {
		for i, a := range items {
			if a.Kind != scalarNode || a.Tag != tagStr {
				return false
			}
			for _, b := range items[:i] {
				if a.Value == b.Value {
					return false
				}
			}
		}
		return true
	}
	seen := make(map[string]bool, len(items))
	for _, a := range items {
		if a.Kind != scalarNode || a.Tag != tagStr || seen[a.Value] {
			return false
		}
		seen[a.Value] = true
	}
	return true
}
