package schemacheck

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/privlint/privlint/rules/yamlerr"
	"io"
	"iter"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
	"weak"

	"gopkg.in/yaml.v3"

	"github.com/privlint/privlint/finding"
)

// document is one loaded schema file.
type document struct {
	path string // absolute
	repo string // the repository root its $refs are confined to
	data []byte
	root *node // the top-level value node
	// lineStarts are the byte offsets where each line begins ('\n' ends a
	// line, as in the report's source reader); only documents parsed by
	// yaml.v3 need them.
	lineStarts []int
	// byteCols: the node columns are byte columns already (the JSON
	// parser); otherwise they count code points (yaml.v3).
	byteCols bool
	bom      bool // the file starts with a UTF-8 byte order mark
	// depth is the depth of the deepest value, the root's being 1, set by
	// the JSON parser; 0 for YAML until measure computes it.
	depth int
	// values is what the document expands to, aliases expanded, when
	// checkLimits measured it (YAML documents); 0 otherwise.
	values int
	// fastYAML: the fast reader read the document (no aliases) and set
	// depth and values; dupKey says a mapping in it repeats a key.
	fastYAML, dupKey bool
	kind             docKind
	version          string // OpenAPI/Swagger version or JSON Schema $schema
	anchors          map[string]anchorRef
	// providers are the names of the API's provider (see
	// checker.provider), read once.
	providers    []string
	providerRead bool
}

// anchorRef is a schema named by a plain-name fragment, and its pointer.
type anchorRef struct {
	node *node
	ptr  string
}

// readFile reads path, opened with open (safefile.Open or OpenNamed: a
// regular file that stays inside the repository root), refusing files
// larger than limit.
func readFile(path string, limit int64, open func(string) (*os.File, error)) ([]byte, error) {
	f, err := open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// Read into a buffer of the file's size at once (ReadAll would grow
	// it step by step); the limit still holds if the file grows meanwhile.
	var data []byte
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() && st.Size() <= limit {
		data = make([]byte, 0, st.Size()+1)
	}
	data, err = readAllInto(data, io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if int64(len(data)) > limit {
		return nil, fmt.Errorf("%s is larger than %d bytes; privlint does not check schema files that large", path, limit)
	}
	return data, nil
}

// readAllInto reads r to its end, appending to buf.
func readAllInto(buf []byte, r io.Reader) ([]byte, error) {
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// checkUTF8 reports the first byte of data that is not UTF-8, with its
// line and (byte) column. A file starting with a UTF-16 byte order mark is
// left to yaml.v3, which reads UTF-16.
func checkUTF8(path string, data []byte) *finding.Error {
	if bytes.HasPrefix(data, []byte("\xFF\xFE")) || bytes.HasPrefix(data, []byte("\xFE\xFF")) {
		return nil
	}
	if p, b, bad := yamlerr.InvalidUTF8(data); bad {
		return &finding.Error{File: path, Line: p.Line, Column: p.Column,
			Message: fmt.Sprintf("invalid UTF-8 (byte 0x%02X): a schema file must be UTF-8 encoded", b)}
	}
	return nil
}

// bytesText returns data as a string without copying it: the readers cut
// the scalars of a document from its text, which is as large as the file
// and was copied from data for each document. data, which parseDocument
// takes over, is never modified afterwards.
func bytesText(data []byte) string {
	return unsafe.String(unsafe.SliceData(data), len(data))
}

// parseDocument parses data (JSON or YAML) into a document; data belongs
// to the document from then on and must not be modified (the strings of
// the tree share its bytes). Errors carry the line (and column when
// known) of the problem.
func parseDocument(path string, data []byte) (*document, *finding.Error) {
	d := &document{path: path, data: data}
	d.bom = bytes.HasPrefix(data, []byte("\xEF\xBB\xBF"))
	body := data
	if d.bom {
		body = data[3:]
	}
	if e := checkUTF8(path, data); e != nil {
		return nil, e
	}
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	isJSONName := strings.EqualFold(filepath.Ext(path), ".json")
	if len(trimmed) > 0 && (trimmed[0] == '{' || trimmed[0] == '[') || isJSONName {
		root, depth, jerr := parseJSON(body, d.bom)
		if jerr == nil {
			d.root, d.byteCols, d.depth = root, true, depth
			return d, nil
		}
		if isJSONName {
			return nil, &finding.Error{File: path, Line: jerr.line, Column: jerr.col, Message: "invalid JSON: " + jerr.msg}
		}
		// Not strict JSON: YAML flow syntax is a superset; let yaml.v3 try.
	}
	// The fast reader builds yaml.v3's tree (as nodes) for the plain block YAML most
	// files hold; it leaves anything else, errors included, to yaml.v3.
	if doc, ok := readYAMLFast(data); ok {
		d.root, d.lineStarts = doc.root, doc.lineStarts
		d.fastYAML, d.depth, d.values, d.dupKey = true, doc.depth, doc.values, doc.dup
		return d, nil
	}
	root, ferr := parseYAML(path, data)
	if ferr != nil {
		return nil, ferr
	}
	d.root = root
	// yaml.v3 counts columns in code points; byteColumn converts them.
	d.lineStarts = make([]int, 1, bytes.Count(data, []byte{'\n'})+1)
	for i := 0; ; {
		j := bytes.IndexByte(data[i:], '\n')
		if j < 0 {
			break
		}
		i += j + 1
		d.lineStarts = append(d.lineStarts, i)
	}
	return d, nil
}

// parseYAML parses exactly one YAML document and returns its value node.
func parseYAML(path string, data []byte) (root *node, ferr *finding.Error) {
	defer func() {
		// yaml.v3 is archived; never let a parser panic escape.
		if r := recover(); r != nil {
			root, ferr = nil, &finding.Error{File: path, Message: fmt.Sprintf("invalid YAML: the parser failed: %v", r)}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, &finding.Error{File: path, Message: "the file is empty; expected a JSON Schema, OpenAPI or Swagger document"}
		}
		return nil, yamlError(path, data, err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, &finding.Error{File: path, Message: "the file is empty; expected a JSON Schema, OpenAPI or Swagger document"}
	}
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		return nil, &finding.Error{File: path, Line: next.Line, Column: next.Column,
			Message: "a second YAML document in the file; a schema file holds exactly one (remove the extra ---)"}
	case !errors.Is(err, io.EOF):
		return nil, yamlError(path, data, err)
	}
	return fromYAML(doc.Content[0]), nil
}

// yamlError turns a yaml.v3 error into a finding.Error at its line.
func yamlError(path string, data []byte, err error) *finding.Error {
	p, msg := yamlerr.Locate(data, err)
	return &finding.Error{File: path, Line: p.Line, Column: p.Column, Message: "invalid YAML: " + msg}
}

// pos returns the position of n: 1-based line and 1-based byte column.
func (d *document) pos(n *node) finding.Position {
	if n == nil || n.Line <= 0 {
		return finding.Position{File: d.path, Line: 1, Column: 1}
	}
	return finding.Position{File: d.path, Line: int(n.Line), Column: d.byteColumn(int(n.Line), int(n.Column))}
}

// byteColumn converts yaml.v3's code-point column on line to a 1-based
// byte column, so that the report converts it to UTF-16 as it does for Go.
func (d *document) byteColumn(line, col int) int {
	if d.byteCols || col <= 1 || line < 1 || line > len(d.lineStarts) {
		return max(col, 1)
	}
	start := d.lineStarts[line-1]
	end := len(d.data)
	if line < len(d.lineStarts) {
		end = d.lineStarts[line]
	}
	text := d.data[start:end]
	skip := 0
	if line == 1 && d.bom {
		// yaml.v3 drops the byte order mark before counting columns.
		skip = 3
		text = text[3:]
	}
	i := 0
	for c := 1; c < col && i < len(text); c++ {
		_, size := utf8.DecodeRune(text[i:])
		i += size
	}
	return skip + i + 1
}

// deref follows alias nodes (bounded, so a cycle of aliases ends).
func deref(n *node) *node {
	for i := 0; n != nil && n.Kind == aliasNode && i < 64; i++ {
		n = n.Alias
	}
	if n != nil && n.Kind == aliasNode {
		return nil
	}
	return n
}

// pair is one key and value of a mapping.
type pair struct{ key, val *node }

// pairs returns the entries of mapping n in order, with YAML merge keys
// (<<) expanded; an explicit key wins over a merged one.
func pairs(n *node) []pair {
	return pairsDepth(n, 0, nil)
}

// entries yields the pairs of mapping n in the order of pairs(n) without
// building the slice: a walk iterates over most mappings of a document,
// and a slice for each was a tenth of its allocations. Only a mapping
// with merge keys (rare) is expanded by pairs.
func entries(n *node) iter.Seq[pair] {
	return func(yield func(pair) bool) {
		n := deref(n)
		if n == nil || n.Kind != mappingNode {
			return
		}
		own, merge := 0, false
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			if k.Kind == scalarNode && k.Tag == tagMerge {
				merge = true
				continue
			}
			own++
			if !yield(pair{k, n.Content[i+1]}) {
				return
			}
		}
		if !merge {
			return
		}
		// pairs(n) lists the own pairs first, in the same order, then
		// what the merge keys bring.
		for _, p := range pairs(n)[own:] {
			if !yield(p) {
				return
			}
		}
	}
}

// maxMergeDepth bounds nested merge keys (a merge cycle ends there).
const maxMergeDepth = 8

// pairsDepth expands n; seen holds the mappings merged so far in this
// expansion, so that each is merged once (no cycles, no blow-up).
func pairsDepth(n *node, depth int, seen map[*node]bool) []pair {
	n = deref(n)
	if n == nil || n.Kind != mappingNode {
		return nil
	}
	out := make([]pair, 0, len(n.Content)/2)
	var merged []*node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if k.Kind == scalarNode && k.Tag == tagMerge {
			merged = append(merged, n.Content[i+1])
			continue
		}
		out = append(out, pair{k, n.Content[i+1]})
	}
	if len(merged) == 0 || depth >= maxMergeDepth {
		return out
	}
	if seen == nil {
		seen = map[*node]bool{n: true}
	}
	have := map[string]bool{}
	for _, p := range out {
		have[p.key.Value] = true
	}
	add := func(m *node) {
		m = deref(m)
		if m == nil || seen[m] {
			return
		}
		seen[m] = true
		for _, p := range pairsDepth(m, depth+1, seen) {
			if !have[p.key.Value] {
				have[p.key.Value] = true
				out = append(out, p)
			}
		}
	}
	for _, m := range merged {
		m = deref(m)
		if m == nil {
			continue
		}
		switch m.Kind {
		case mappingNode:
			add(m)
		case sequenceNode:
			for _, e := range m.Content {
				add(e)
			}
		}
	}
	return out
}

// get returns the key and value nodes of key in mapping n: the first
// scalar key (not a merge key) spelled key, else, when n has merge keys,
// the first entry of pairs(n) spelled key.
//
// A mapping of more than indexMinPairs entries is looked up through an
// index of its keys built on the first lookup, so that resolving k $refs
// into a mapping of n definitions, or looking up a keyword on one schema
// from n places, costs O(n + k) and not O(n·k).
func get(n *node, key string) (k, v *node) {
	n = deref(n)
	if n == nil || n.Kind != mappingNode {
		return nil, nil
	}
	if len(n.Content) > 2*indexMinPairs {
		return indexOf(n).lookup(n, key)
	}
	countSteps(len(n.Content) / 2)
	merge := false
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn := n.Content[i]
		if kn.Value == key && kn.Kind == scalarNode && kn.Tag != tagMerge {
			return kn, n.Content[i+1]
		}
		merge = merge || kn.Tag == tagMerge
	}
	if merge {
		return mergedGet(n, key)
	}
	return nil, nil
}

// mergedGet is get's search of pairs(n), for a key that is not one of
// n's own scalar keys.
func mergedGet(n *node, key string) (k, v *node) {
	ps := pairs(n)
	countSteps(len(ps))
	for _, p := range ps {
		if p.key.Value == key {
			return p.key, p.val
		}
	}
	return nil, nil
}

// indexMinPairs is the size from which a mapping's keys are indexed; a
// scan of fewer keys is cheaper than a map lookup and keeps small
// mappings, nearly all of them, out of the index.
const indexMinPairs = 32

// keyIndex is the index of one large mapping's keys. It holds no strong
// pointer into the document, so that it does not keep the mapping alive:
// own scalar keys are Content positions, and the entries that only the
// merge keys bring (rare) are weak pointers, which stay valid while the
// mapping (which reaches them) is alive.
type keyIndex struct {
	own    map[string]int32 // scalar key → position of its first occurrence in Content
	merged map[string][2]weak.Pointer[node]
}

// lookup is get on the mapping n the index was built for.
func (x *keyIndex) lookup(n *node, key string) (k, v *node) {
	countSteps(1)
	if i, ok := x.own[key]; ok {
		return n.Content[i], n.Content[i+1]
	}
	if e, ok := x.merged[key]; ok {
		k, v = e[0].Value(), e[1].Value()
		if k == nil || v == nil { // cannot happen while n is alive; stay correct anyway
			return mergedGet(n, key)
		}
	}
	return k, v
}

func newKeyIndex(n *node) *keyIndex {
	countSteps(len(n.Content) / 2)
	x := &keyIndex{own: make(map[string]int32, len(n.Content)/2)}
	merge := false
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn := n.Content[i]
		merge = merge || kn.Tag == tagMerge
		if kn.Kind != scalarNode || kn.Tag == tagMerge {
			continue
		}
		if _, dup := x.own[kn.Value]; !dup {
			x.own[kn.Value] = int32(i)
		}
	}
	if !merge {
		return x
	}
	x.merged = map[string][2]weak.Pointer[node]{}
	ps := pairs(n)
	countSteps(len(ps))
	for _, p := range ps {
		if _, own := x.own[p.key.Value]; own {
			continue
		}
		if _, dup := x.merged[p.key.Value]; !dup {
			x.merged[p.key.Value] = [2]weak.Pointer[node]{weak.Make(p.key), weak.Make(p.val)}
		}
	}
	return x
}

// keyIndexes holds the index of every large mapping looked up, keyed by
// a weak pointer to the mapping: an entry lives as long as its mapping
// (a cleanup drops it), so documents are freed as before and Check calls
// on different goroutines share nothing but the lock.
var keyIndexes struct {
	sync.Mutex
	m map[weak.Pointer[node]]*keyIndex
}

// indexOf returns the index of mapping n's keys, building it on first use.
func indexOf(n *node) *keyIndex {
	wp := weak.Make(n)
	keyIndexes.Lock()
	x := keyIndexes.m[wp]
	keyIndexes.Unlock()
	if x != nil {
		return x
	}
	built := newKeyIndex(n)
	keyIndexes.Lock()
	defer keyIndexes.Unlock()
	if x = keyIndexes.m[wp]; x != nil { // built meanwhile by another goroutine
		return x
	}
	if keyIndexes.m == nil {
		keyIndexes.m = map[weak.Pointer[node]]*keyIndex{}
	}
	keyIndexes.m[wp] = built
	runtime.AddCleanup(n, dropKeyIndex, wp)
	return built
}

func dropKeyIndex(wp weak.Pointer[node]) {
	keyIndexes.Lock()
	delete(keyIndexes.m, wp)
	keyIndexes.Unlock()
}

// lookupSteps, when set (by tests), counts the mapping keys that lookups
// compare or index, to check that lookups stay linear in the input.
var lookupSteps *int64

func countSteps(n int) {
	if lookupSteps != nil {
		*lookupSteps += int64(n)
	}
}

// val returns the dereferenced value of key in mapping n.
func val(n *node, key string) *node {
	_, v := get(n, key)
	return deref(v)
}

// scalar returns the string value of a scalar node.
func scalar(n *node) (string, bool) {
	n = deref(n)
	if n == nil || n.Kind != scalarNode {
		return "", false
	}
	return n.Value, true
}

// str returns the value of key in n when it is a string scalar.
func str(n *node, key string) string {
	v := val(n, key)
	if v == nil || v.Kind != scalarNode || v.Tag == tagNull {
		return ""
	}
	return v.Value
}

// isBool reports whether n is a boolean scalar, and its value.
func isBool(n *node) (value, ok bool) {
	n = deref(n)
	if n == nil || n.Kind != scalarNode || n.Tag != tagBool {
		return false, false
	}
	b, err := strconv.ParseBool(strings.ToLower(n.Value))
	return b, err == nil
}

// escapeToken escapes one JSON pointer token.
func escapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	return tokenEscaper.Replace(s)
}

// tokenEscaper escapes ~ and / in one pass (RFC 6901: ~0 and ~1).
var tokenEscaper = strings.NewReplacer("~", "~0", "/", "~1")

// pointerSeq yields the tokens of JSON pointer ptr ("" or "/a/b"),
// unescaped; none when ptr is not a pointer. It makes no slice of them:
// a pointer is split each time a $ref is followed.
func pointerSeq(ptr string) iter.Seq[string] {
	return func(yield func(string) bool) {
		if ptr == "" || ptr[0] != '/' {
			return
		}
		for rest := ptr[1:]; ; {
			i := strings.IndexByte(rest, '/')
			if i < 0 {
				yield(unescapeToken(rest))
				return
			}
			if !yield(unescapeToken(rest[:i])) {
				return
			}
			rest = rest[i+1:]
		}
	}
}

// lastPointerToken returns the last token of JSON pointer ptr,
// unescaped; "" when it has none.
func lastPointerToken(ptr string) string {
	if ptr == "" || ptr[0] != '/' {
		return ""
	}
	return unescapeToken(ptr[strings.LastIndexByte(ptr, '/')+1:])
}

// unescapeToken unescapes one JSON pointer token.
func unescapeToken(t string) string {
	if strings.IndexByte(t, '~') < 0 {
		return t
	}
	return strings.ReplaceAll(strings.ReplaceAll(t, "~1", "/"), "~0", "~")
}

// locate resolves a JSON pointer in d: the key node (nil for the root or
// an array element) and the value node. ok is false when the pointer names
// nothing.
func (d *document) locate(ptr string) (key, value *node, ok bool) {
	if ptr != "" && ptr[0] != '/' {
		return nil, nil, false
	}
	n := d.root
	for t := range pointerSeq(ptr) {
		n = deref(n)
		if n == nil {
			return nil, nil, false
		}
		switch n.Kind {
		case mappingNode:
			k, v := get(n, t)
			if v == nil {
				return nil, nil, false
			}
			key, n = k, v
		case sequenceNode:
			i, err := strconv.Atoi(t)
			if err != nil || i < 0 || i >= len(n.Content) || (len(t) > 1 && t[0] == '0') {
				return nil, nil, false
			}
			key, n = nil, n.Content[i]
		default:
			return nil, nil, false
		}
	}
	return key, deref(n), n != nil
}

// anchor returns the schema declaring the plain-name fragment name with
// $anchor, $dynamicAnchor or an id of the form "#name".
func (d *document) anchor(name string) (*node, string) {
	if d.anchors == nil {
		d.anchors = map[string]anchorRef{}
		d.indexAnchors(d.root, "", 0)
	}
	a := d.anchors[name]
	return a.node, a.ptr
}

func (d *document) indexAnchors(n *node, ptr string, depth int) {
	if n == nil || depth > 512 || n.Kind == aliasNode {
		return
	}
	switch n.Kind {
	case mappingNode:
		for _, kw := range []string{"$anchor", "$dynamicAnchor", "$id", "id"} {
			s := str(n, kw)
			if kw == "$id" || kw == "id" {
				var ok bool
				if s, ok = strings.CutPrefix(s, "#"); !ok {
					continue
				}
			}
			if _, dup := d.anchors[s]; s != "" && !dup {
				d.anchors[s] = anchorRef{n, ptr}
			}
		}
		for i := 0; i+1 < len(n.Content); i += 2 {
			d.indexAnchors(n.Content[i+1], ptr+"/"+escapeToken(n.Content[i].Value), depth+1)
		}
	case sequenceNode:
		for i, c := range n.Content {
			d.indexAnchors(c, ptr+"/"+strconv.Itoa(i), depth+1)
		}
	}
}
