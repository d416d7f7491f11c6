package schemacheck

import (
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/internal/classifier"
	"github.com/privlint/privlint/internal/directive"
	"github.com/privlint/privlint/internal/judge"
	"github.com/privlint/privlint/rules"
	"github.com/privlint/privlint/rules/policy"
	"github.com/privlint/privlint/rules/safefile"
)

// Options configure Check.
type Options struct {
	// Policy is the policy to judge against; nil means policy.Default().
	Policy *policy.Policy
	// Classifier classifies properties; nil means one built on the
	// policy's taxonomy.
	Classifier *classifier.Classifier
	// MaxFileSize is the largest file read, in bytes; 0 means the
	// policy's limits.max_schema_bytes. A larger file is an error naming
	// it. The policy's other limits (nesting depth, YAML alias expansion,
	// $ref hops) apply as well.
	MaxFileSize int64
	// Root is the repository root: the files the schemas name ($ref
	// targets) must lie inside it, also once symbolic links are resolved,
	// and a file to check that lies inside it must not be a link that
	// leads out of it. A file to check outside Root has its $refs confined
	// to its own repository (safefile.RootFor). "" confines each file's
	// $refs to its own repository.
	Root string
}

// Check loads, validates and judges the schema files (and the local files
// they $ref), and returns the findings, sorted with finding.Sort, and the
// errors, sorted by file, line and column. It never panics and never
// touches the network: a remote $ref is reported as unresolved.
func Check(files []string, o Options) (fs []*finding.Finding, errs []*finding.Error) {
	c, err := newChecker(o)
	if err != nil {
		return nil, []*finding.Error{{Message: err.Error()}}
	}
	for _, f := range files {
		c.checkFileSafely(f)
	}
	c.finish()
	c.deny()
	return finding.Sort(c.findings), finding.SortErrors(c.errs)
}

// checkFileSafely checks one file; an internal failure becomes an error
// naming the file instead of a crash.
func (c *checker) checkFileSafely(file string) {
	defer func() {
		if r := recover(); r != nil {
			c.errs = append(c.errs, &finding.Error{File: file,
				Message: fmt.Sprintf("internal error while checking the schema (please report it): %v\n%s", r, debug.Stack())})
		}
	}()
	c.checkFile(file)
}

// role is what a node is expected to be where the walk meets it.
type role uint8

const (
	roleSchema role = iota
	roleParam
	roleRequestBody
	roleResponse
	roleHeader
	rolePathItem
)

// numRoles is the number of roles.
const numRoles = int(rolePathItem) + 1

// A node keeps its visit states in 16 bits, two a role (see visit).
var _ [16 - 2*numRoles]struct{}

// visitState is what the walk knows of a node in one role; 0: not seen.
type visitState uint8

const (
	stateActive   visitState = iota + 1 // being walked (a $ref cycle ends here)
	stateClean                          // walked: no personal data inside
	statePersonal                       // walked: holds personal data
)

// visit returns n's state in role r (0 when not seen). The states
// sit in the node itself, two bits a role (node.visits): a node is walked
// by the checker that parsed it only, and looking a state up in a table
// keyed by the node's address (its hashing and cache misses) was a tenth
// of an OpenAPI walk.
func (c *checker) visit(n *node, r role) visitState {
	if n == nil {
		// A callback that is an alias cycle.
		return c.nilVisits[r]
	}
	return visitState(n.visits>>(2*r)) & 3
}

// setVisit sets n's state in role r.
func (c *checker) setVisit(n *node, r role, s visitState) {
	if n == nil {
		c.nilVisits[r] = s
		return
	}
	n.visits = n.visits&^(3<<(2*r)) | uint16(s)<<(2*r)
}

// checker holds the state of one Check call.
type checker struct {
	pol  *policy.Policy
	cl   *classifier.Classifier
	tax  *rules.Taxonomy
	lim  policy.Limits
	hops int // $refs being followed, one inside another
	// hopReported records the documents where the hop limit was reported
	// (once per document, not once per $ref beyond it).
	hopReported map[*document]bool
	root        string            // Options.Root
	refChecked  map[string]string // root NUL path → why a $ref may not lead there ("" if it may)
	docs        map[string]*document
	loadErr     map[string]*finding.Error
	validated   map[*document]bool
	nilVisits   [numRoles]visitState // the nil node's visit states (see visit)
	findings    []*finding.Finding
	errs        []*finding.Error
	props       map[string]*Property // set by Properties: what report saw
	// tables are the SQL tables the run's files declare, by lower-cased
	// name, in the order first met; sqlLater the annotations made by
	// statements of their own (COMMENT ON, SECURITY LABEL).
	read       map[string]bool // files of the other kinds read (each once)
	tables     map[string]*sqlTable
	tableOrder []string
	sqlLater   []sqlLater
	// decls are the personal-data properties seen, for the deny rules
	// (PL006), which judge all the schema files of a run together.
	decls []placedDecl
	// judged, when set (by the corpus scorers), sees every holder of the
	// SQL, GraphQL and Protocol Buffers readers as it is judged.
	judged func(*holder)
	// memberBuf is judgeHolder's buffer of the members of a holder.
	memberBuf []classifier.Member
	// memberStack and propStack hold the members of the objects and
	// parameter groups being judged, the innermost last (see object).
	memberStack []classifier.Member
	propStack   []propInfo
	paramStack  []paramItem
	itemStack   []paramItem // the parameters of the lists being read (see params)
	// protoImports are the .proto files imported by the files checked,
	// by path, read once per run.
	protoImports map[string]*protoImported
	// parts are, by its properties node, the one category the personal
	// members of an object judged hold, when none of them is a holder
	// (see whole).
	parts map[*node]string
}

// placedDecl is a declaration and where to report on it.
type placedDecl struct {
	pos  finding.Position
	decl judge.Declaration
}

func newChecker(o Options) (*checker, error) {
	pol := o.Policy
	if pol == nil {
		p, err := policy.Default()
		if err != nil {
			return nil, fmt.Errorf("loading the default policy: %w", err)
		}
		pol = p
	}
	cl := o.Classifier
	if cl == nil {
		cl = classifier.New(pol.Taxonomy)
	}
	return &checker{
		pol: pol,
		// A check runs on one goroutine: its classifier's caches need
		// no locks.
		cl:          cl.Local(),
		tax:         pol.Taxonomy,
		lim:         limitsOf(pol, o),
		hopReported: map[*document]bool{},
		root:        o.Root,
		refChecked:  map[string]string{},
		docs:        map[string]*document{},
		loadErr:     map[string]*finding.Error{},
		validated:   map[*document]bool{},
		tables:      map[string]*sqlTable{},
		read:        map[string]bool{},
	}, nil
}

func (c *checker) errorf(d *document, n *node, format string, args ...any) {
	c.errs = append(c.errs, d.errorAt(n, fmt.Sprintf(format, args...)))
}

// load returns the parsed document at the absolute path, reading it once.
// A file named to be checked (named) may lie outside the repository root;
// a file a $ref leads to must lie inside root, the root of the document
// that refers to it. The document keeps root: its own $refs are confined
// to it.
func (c *checker) load(path, root string, named bool) (*document, *finding.Error) {
	if d, ok := c.docs[path]; ok {
		return d, nil
	}
	if e, ok := c.loadErr[path]; ok {
		return nil, e
	}
	open := func(p string) (*os.File, error) { return safefile.Open(p, root) }
	if named {
		open = func(p string) (*os.File, error) { return safefile.OpenNamed(p, c.root) }
	}
	data, err := readFile(path, c.lim.MaxSchemaBytes, open)
	if err != nil {
		e := &finding.Error{File: path, Message: fmt.Sprintf("cannot read the schema: %v", err)}
		c.loadErr[path] = e
		return nil, e
	}
	d, e := parseDocument(path, data)
	if e == nil {
		e = checkLimits(d, c.lim)
	}
	if e != nil {
		c.loadErr[path] = e
		c.errs = append(c.errs, e)
		return nil, e
	}
	d.repo = root
	c.docs[path] = d
	kind, ke := detect(d)
	d.kind = kind
	if ke != nil {
		c.errs = append(c.errs, ke)
	}
	return d, nil
}

// checkFile checks one file named on the command line or by the policy.
func (c *checker) checkFile(file string) {
	path, err := filepath.Abs(file)
	if err != nil {
		path = file
	}
	if _, failed := c.loadErr[path]; failed {
		return
	}
	if c.checkOther(path) {
		return
	}
	d, e := c.load(path, safefile.RootFor(c.root, filepath.Dir(path)), true)
	if e != nil {
		if !slices.Contains(c.errs, e) {
			c.errs = append(c.errs, e)
		}
		return
	}
	switch d.kind {
	case kindJSONSchema:
		c.validate(d)
		c.schema(d, d.root, "", c.rootCtx(d))
	case kindOpenAPI30, kindOpenAPI31:
		c.openAPI(d)
	case kindSwagger2:
		c.swagger(d)
	default:
		if d.version == "" { // not an unsupported version, already reported
			c.errs = append(c.errs, &finding.Error{File: path, Line: 1, Message: "not a JSON Schema, OpenAPI 3.x or Swagger 2.0 document: " +
				"expected `openapi:`, `swagger: \"2.0\"`, `$schema` or a JSON Schema keyword (type, properties, $defs, …) at the top level"})
		}
	}
}

// validate validates a JSON Schema document against its meta-schema once.
func (c *checker) validate(d *document) {
	if c.validated[d] {
		return
	}
	c.validated[d] = true
	c.errs = append(c.errs, validateMeta(d)...)
}

// ctx is what a schema inherits from its ancestors in its own document.
type ctx struct {
	purposes  []string   // declared purposes; nil when none
	storage   bool       // x-storage: true on the schema or an ancestor
	encrypted bool       // x-encrypted: true on the schema or an ancestor
	name      string     // the object's name for the classifier
	keyed     bool       // name is a component or definition key (title does not replace it)
	notes     *kindNotes // how messages name storage and annotations for this schema kind; nil for JSON Schema
	catalog   bool       // the schema or an ancestor is named for a translation catalog (catalogName)
}

// rootCtx is the context of a document's root.
func (c *checker) rootCtx(d *document) ctx {
	base := filepath.Base(d.path)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	base = strings.TrimSuffix(base, ".schema")
	cx := ctx{name: base}
	c.applyDecl(d, d.root, &cx)
	return cx
}

// applyDecl reads the privlint keywords of object node n into cx,
// reporting invalid values: a nearer x-purpose replaces an inherited one.
func (c *checker) applyDecl(d *document, n *node, cx *ctx) {
	n = deref(n)
	if n == nil || n.Kind != mappingNode {
		return
	}
	// Fast path: most schemas carry no x- keyword and no merge key; one
	// pass over the keys then also finds the title.
	has, merge := false, false
	var title *node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if v := k.Value; strings.HasPrefix(v, "x-") || v == "<<" {
			has = true
			break
		}
		switch {
		case k.Tag == tagMerge:
			merge = true
		case title == nil && k.Value == "title" && k.Kind == scalarNode:
			title = n.Content[i+1]
		}
	}
	if !has {
		if !cx.keyed {
			if merge {
				title = val(n, "title")
			}
			if t := deref(title); t != nil && t.Kind == scalarNode && t.Tag != tagNull && t.Value != "" {
				cx.name = t.Value
			}
		}
		return
	}
	if !cx.keyed {
		if t := str(n, "title"); t != "" {
			cx.name = t
		}
	}
	if _, v := get(n, "x-purpose"); v != nil {
		if ps, ok := c.purposes(d, v); ok {
			cx.purposes = ps
		}
	}
	if _, v := get(n, "x-storage"); v != nil {
		if b, ok := isBool(v); ok {
			cx.storage = b
		} else {
			c.errorf(d, deref(v), "x-storage must be true or false, not %s", describe(v))
		}
	}
	if _, v := get(n, "x-encrypted"); v != nil {
		if b, ok := isBool(v); ok {
			cx.encrypted = b
		} else {
			c.errorf(d, deref(v), "x-encrypted must be true or false, not %s", describe(v))
		}
	}
	if _, v := get(n, "x-pii"); v != nil {
		var m classifier.Member
		c.piiValue(d, v, &m)
	}
}

// purposes reads an x-purpose value: a name, or a list of names.
func (c *checker) purposes(d *document, v *node) ([]string, bool) {
	v = deref(v)
	bad := func() ([]string, bool) {
		c.errorf(d, v, "x-purpose must be a purpose name or a list of purpose names (e.g. x-purpose: [account, billing]), not %s", describe(v))
		return nil, false
	}
	if v == nil {
		return bad()
	}
	var out []string
	switch v.Kind {
	case scalarNode:
		if v.Tag != tagStr {
			return bad()
		}
		out = directive.SplitList(v.Value)
		if len(out) == 0 {
			return bad()
		}
	case sequenceNode:
		out = []string{}
		for _, e := range v.Content {
			e = deref(e)
			if e == nil || e.Kind != scalarNode || e.Tag != tagStr || strings.TrimSpace(e.Value) == "" {
				c.errorf(d, e, "x-purpose lists purpose names; %s is not one", describe(e))
				return nil, false
			}
			out = append(out, strings.TrimSpace(e.Value))
		}
	default:
		return bad()
	}
	slices.Sort(out)
	return slices.Compact(out), true
}

// describe names a value for messages.
func describe(n *node) string {
	n = deref(n)
	if n == nil {
		return "an alias cycle"
	}
	switch n.Kind {
	case mappingNode:
		return "an object"
	case sequenceNode:
		return "a list"
	}
	switch n.Tag {
	case tagNull:
		return "null"
	case tagStr:
		return strconv.Quote(n.Value)
	}
	return n.Value
}

// piiValue reads an x-pii value into m; it reports whether there was an
// annotation. Unknown categories are errors (the member is then inferred).
func (c *checker) piiValue(d *document, v *node, m *classifier.Member) bool {
	v = deref(v)
	if b, ok := isBool(v); ok {
		if b {
			m.Infer = true
		} else {
			m.NotPersonal = true
		}
		return true
	}
	if v == nil || v.Kind != scalarNode || v.Tag != tagStr {
		c.errorf(d, v, "x-pii must be a category (e.g. user.contact.email or email), true or false, not %s", describe(v))
		return false
	}
	if key, ok := c.category(v.Value); ok {
		m.Declared = &classifier.Match{Category: key, By: classifier.Annotation, Pattern: "x-pii: " + v.Value}
		return true
	}
	c.errorf(d, v, "unknown personal-data category %q in x-pii; use a key of the taxonomy (e.g. user.contact.email), a short form such as email or ssn, true or false, or declare it under categories: in %s",
		v.Value, judge.PolicyName(c.pol))
	m.Infer = true
	return true
}

// category resolves a category key, alias or short form.
func (c *checker) category(s string) (string, bool) {
	if c.tax == nil {
		return "", false
	}
	if key, ok := c.tax.Canonical(s); ok {
		return key, true
	}
	return c.tax.ShortForm(s)
}

// annotate reads the annotations of schema or parameter n into m: x-pii,
// and the markers read as x-pii: true. It reports whether there was one.
func (c *checker) annotate(d *document, n *node, m *classifier.Member) bool {
	n = deref(n)
	if n == nil || n.Kind != mappingNode || !mayAnnotate(n) {
		return false
	}
	if _, v := get(n, "x-pii"); v != nil {
		return c.piiValue(d, v, m)
	}
	if v := val(n, "x-data-classification"); v != nil {
		cat := str(v, "category")
		if v.Kind == scalarNode {
			cat = v.Value
		}
		// A known key (or its nearest known ancestor) is taken as
		// declared; other labels mark the value personal.
		for k := cat; strings.HasPrefix(k, "user"); k = rules.Parent(k) {
			if key, ok := c.tax.Canonical(k); ok && rules.IsPersonal(key) {
				m.Declared = &classifier.Match{Category: key, By: classifier.Annotation, Pattern: "x-data-classification: " + cat}
				return true
			}
			if !strings.Contains(k, ".") {
				break
			}
		}
		if b, ok := isBool(v); !ok || b {
			m.Infer = true
			return true
		}
	}
	if v := val(n, "x-sensitive-data"); v != nil {
		if b, ok := isBool(v); !ok || b {
			m.Infer = true
			return true
		}
	}
	if v := val(n, "confluent:tags"); v != nil {
		tags := v.Content
		if v.Kind == scalarNode {
			tags = []*node{v}
		}
		for _, t := range tags {
			if s, ok := scalar(t); ok {
				switch strings.ToUpper(strings.TrimSpace(s)) {
				case "PII", "PRIVATE", "SENSITIVE":
					m.Infer = true
					return true
				}
			}
		}
	}
	return false
}

// mayAnnotate reports whether mapping n has a key annotate reads (x-…,
// confluent:tags) or a merge key that could bring one; most schemas and
// parameters have none, and one pass over their keys then replaces
// annotate's four lookups.
func mayAnnotate(n *node) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if k.Tag == tagMerge || strings.HasPrefix(k.Value, "x-") || k.Value == "confluent:tags" {
			return true
		}
	}
	return false
}

// schemaType returns the first non-null type of schema n.
func schemaType(n *node) string { return typeOf(val(n, "type")) }

// member describes a property (or parameter) named name with schema n to
// the classifier. Annotations on n win; a $ref'd schema supplies its type,
// format and annotations when n has none.
func (c *checker) member(d *document, name string, n *node) classifier.Member {
	m := classifier.Member{Name: name}
	n = deref(n)
	c.annotate(d, n, &m)
	nk := keysOf(n)
	target, targetName := n, ""
	if nk.ref != nil && nk.typ == nil && nk.props == nil { // else peek stays at n
		target, targetName = c.peek(d, n)
	}
	tk := nk
	if target != n {
		tk = keysOf(target)
		if m.Declared == nil && !m.Infer && !m.NotPersonal {
			c.annotate(d, target, &m)
		}
	}
	m.Description = firstText(nk.desc, tk.desc, nk.title, tk.title)
	typ := typeOf(tk.typ)
	if typ == "array" {
		if it := tk.items; it != nil && it.Kind == mappingNode {
			var t *node
			t, targetName = c.peek(d, it)
			tk = keysOf(t)
			typ = typeOf(tk.typ)
		}
	}
	m.TypeName = targetName
	m.Format = firstText(tk.format, nk.format)
	switch {
	case tk.enum != nil:
		m.Kind = classifier.KindEnum
	case typ == "boolean":
		m.Kind = classifier.KindBool
	case typ == "integer" || typ == "number":
		m.Kind = classifier.KindNumber
	case typ == "object" || (typ == "" && tk.props != nil):
		m.Kind = classifier.KindStruct
	default:
		m.Kind = classifier.KindString
	}
	return m
}

// memberKeys are the values (dereferenced, as val returns them) of the
// keywords of a schema that member reads.
type memberKeys struct {
	ref, typ, props, desc, title, format, enum, items *node
}

// keysOf returns the member keywords of schema n, found in one pass over
// its keys: a property's schema was searched for each of them, ten
// searches a property.
func keysOf(n *node) memberKeys {
	var k memberKeys
	n = deref(n)
	if n == nil || n.Kind != mappingNode {
		return k
	}
	var found uint8
	for i := 0; i+1 < len(n.Content); i += 2 {
		kn := n.Content[i]
		if kn.Tag == tagMerge {
			// Merge keys bring keys of their own: val's search.
			return memberKeys{ref: val(n, "$ref"), typ: val(n, "type"), props: val(n, "properties"),
				desc: val(n, "description"), title: val(n, "title"), format: val(n, "format"),
				enum: val(n, "enum"), items: val(n, "items")}
		}
		if kn.Kind != scalarNode {
			continue
		}
		var slot **node
		var bit uint8
		switch kn.Value {
		case "$ref":
			slot, bit = &k.ref, 1
		case "type":
			slot, bit = &k.typ, 2
		case "properties":
			slot, bit = &k.props, 4
		case "description":
			slot, bit = &k.desc, 8
		case "title":
			slot, bit = &k.title, 16
		case "format":
			slot, bit = &k.format, 32
		case "enum":
			slot, bit = &k.enum, 64
		case "items":
			slot, bit = &k.items, 128
		default:
			continue
		}
		if found&bit == 0 { // the first of duplicate keys, as get
			found |= bit
			*slot = deref(n.Content[i+1])
		}
	}
	return k
}

// typeOf is schemaType for the value of a type keyword.
func typeOf(t *node) string {
	if t == nil {
		return ""
	}
	if t.Kind == scalarNode {
		return t.Value
	}
	for _, e := range t.Content {
		if s, ok := scalar(e); ok && s != "null" {
			return s
		}
	}
	return ""
}

// firstText returns the first of the values that is a string scalar (as
// str reads one) and not empty.
func firstText(vs ...*node) string {
	for _, v := range vs {
		if v != nil && v.Kind == scalarNode && v.Tag != tagNull && v.Value != "" {
			return v.Value
		}
	}
	return ""
}

// describedBy returns the first description, or else title, of the
// property's own schema or of the schema it refers to: text the
// classifier weighs as evidence.
func describedBy(nodes ...*node) string {
	for _, key := range []string{"description", "title"} {
		for _, n := range nodes {
			if s := str(n, key); s != "" {
				return s
			}
		}
	}
	return ""
}

// peek returns the schema n stands for, following a local $ref when n has
// no type or properties of its own, and the target's name (its key).
// Nothing is reported or walked.
func (c *checker) peek(d *document, n *node) (*node, string) {
	for i := 0; i < 8; i++ {
		ref := val(n, "$ref")
		if ref == nil || val(n, "type") != nil || val(n, "properties") != nil {
			return n, ""
		}
		s, ok := scalar(ref)
		if !ok || remoteRef.MatchString(s) {
			return n, ""
		}
		target, next, ptr, why := c.refTarget(d, s)
		if why != "" || next == n {
			return n, ""
		}
		name := lastPointerToken(ptr)
		if val(next, "$ref") == nil || val(next, "type") != nil || val(next, "properties") != nil {
			return next, name
		}
		n, d = next, target
	}
	return n, ""
}

// remoteRef matches a $ref with a URI scheme (http:, https:, urn:, …).
var remoteRef = regexp.MustCompile(`^[A-Za-z][A-Za-z0-9+.-]+:`)

func unescapeFragment(f string) string {
	if u, err := url.PathUnescape(f); err == nil {
		return u
	}
	return f
}

func (c *checker) refPath(d *document, file string) string {
	file = unescapeFragment(file)
	if filepath.IsAbs(file) {
		return filepath.Clean(file)
	}
	return filepath.Join(filepath.Dir(d.path), filepath.FromSlash(file))
}

// refLeaves says why a $ref may not lead to the file at path from a
// document confined to root: the path lies outside root, resolves outside
// it through a symbolic link, or is not a regular file (/dev/stdin, a
// pipe, a device: never opened). It returns "" when the $ref may lead
// there (a missing file is reported when it is loaded). Answers are kept:
// a file is referred to many times.
func (c *checker) refLeaves(path, root string) string {
	key := root + "\x00" + path
	if why, ok := c.refChecked[key]; ok {
		return why
	}
	why := ""
	if _, err := safefile.Check(path, root); errors.Is(err, safefile.ErrOutsideRoot) || errors.Is(err, safefile.ErrNotRegular) {
		why = err.Error()
	}
	c.refChecked[key] = why
	return why
}

// resolve resolves the $ref value node r of document d. Unresolvable
// references are reported at r.
func (c *checker) resolve(d *document, r *node) (*document, *node, string, bool) {
	r = deref(r)
	s, ok := scalar(r)
	if !ok || r.Tag != tagStr {
		c.errorf(d, r, "$ref must be a string, not %s", describe(r))
		return nil, nil, "", false
	}
	if remoteRef.MatchString(s) {
		scheme := strings.ToLower(s[:strings.IndexByte(s, ':')])
		if scheme == "http" || scheme == "https" {
			c.errorf(d, r, "unresolved $ref %q: privlint never fetches remote schemas; vendor the schema into the repository and refer to it by a relative path", s)
		} else {
			c.errorf(d, r, "unresolved $ref %q: privlint resolves only local references (#/… and relative file paths)", s)
		}
		return nil, nil, "", false
	}
	target, n, ptr, why := c.refTarget(d, s)
	if target != nil && target != d && target.kind == kindJSONSchema && target.version != "" {
		c.validate(target)
	}
	if why != "" {
		c.errorf(d, r, "unresolved $ref %q: %s", s, why)
		return nil, nil, "", false
	}
	return target, n, ptr, true
}

// refTarget finds what the local $ref s of document d points at: the
// document (loaded when another file), the node and its JSON pointer. When
// it cannot, why says so (the target document is still returned when it
// loaded). Nothing is reported.
func (c *checker) refTarget(d *document, s string) (target *document, n *node, ptr, why string) {
	file, frag, _ := strings.Cut(s, "#")
	target = d
	if file != "" {
		p := c.refPath(d, file)
		if why := c.refLeaves(p, d.repo); why != "" {
			return nil, nil, "", why
		}
		td, e := c.load(p, d.repo, false)
		if e != nil {
			return nil, nil, "", e.Message
		}
		target = td
	}
	frag = unescapeFragment(frag)
	if frag == "" || strings.HasPrefix(frag, "/") {
		_, n, ok := target.locate(frag)
		if !ok || n == nil {
			return target, nil, "", fmt.Sprintf("%s has nothing at %s", filepath.Base(target.path), frag)
		}
		return target, n, frag, ""
	}
	n, ptr = target.anchor(frag)
	if n == nil {
		return target, nil, "", fmt.Sprintf("%s declares no anchor %q", filepath.Base(target.path), frag)
	}
	return target, n, ptr, ""
}

// nameMapKeys are keywords whose value maps names to objects.
var nameMapKeys = map[string]bool{
	"properties": true, "patternProperties": true, "$defs": true, "definitions": true,
	"dependentSchemas": true, "schemas": true, "paths": true, "content": true, "responses": true,
	"headers": true, "parameters": true, "requestBodies": true, "callbacks": true,
	"pathItems": true, "webhooks": true, "encoding": true,
}

// keyedMaps are name maps whose keys name a reusable definition.
var keyedMaps = map[string]bool{
	"$defs": true, "definitions": true, "schemas": true, "parameters": true,
	"requestBodies": true, "responses": true, "headers": true, "pathItems": true,
}

// contextAt computes the context of the node at ptr from its ancestors in
// its own document, as the walk from the root would have: purposes do not
// flow through $ref.
func (c *checker) contextAt(d *document, ptr string) ctx {
	cx := c.rootCtx(d)
	n := deref(d.root)
	mapKey := "" // set when n is a name map, to the keyword naming it
	for t := range pointerSeq(ptr) {
		if n == nil {
			break
		}
		var child *node
		switch n.Kind {
		case mappingNode:
			child = val(n, t)
		case sequenceNode:
			if i, err := strconv.Atoi(t); err == nil && i >= 0 && i < len(n.Content) {
				child = deref(n.Content[i])
			}
		}
		if child == nil {
			break
		}
		switch {
		case mapKey != "":
			cx.name, cx.keyed = t, keyedMaps[mapKey]
			mapKey = ""
			c.applyDecl(d, child, &cx)
		case n.Kind == mappingNode && nameMapKeys[t] && child.Kind == mappingNode:
			mapKey = t
		default:
			c.applyDecl(d, child, &cx)
		}
		n = child
	}
	return cx
}

// follow resolves the $ref at r and walks its target in the given role,
// with the target's own context. It reports whether the target holds
// personal data.
func (c *checker) follow(d *document, r *node, ro role) bool {
	if !c.hop(d, r) {
		return false
	}
	defer c.unhop()
	td, n, ptr, ok := c.resolve(d, r)
	if !ok {
		return false
	}
	// A target walked (or being walked) in this role is not walked again;
	// skip computing its context too.
	if st := c.visit(deref(n), ro); st != 0 {
		return ro == roleSchema && st == statePersonal
	}
	cx := c.contextAt(td, ptr)
	switch ro {
	case roleSchema:
		return c.schema(td, n, ptr, cx)
	case roleParam:
		c.paramGroup(td, "", []paramItem{c.paramItem(td, n, ptr, cx)})
	case roleHeader:
		c.paramGroup(td, "", []paramItem{{node: n, ptr: ptr, cx: cx, name: lastPointerToken(ptr), in: "header"}})
	case roleRequestBody:
		c.requestBody(td, n, ptr, cx)
	case roleResponse:
		c.response(td, n, ptr, cx)
	case rolePathItem:
		c.pathItem(td, n, ptr, cx, "")
	}
	return false
}

// hop counts a $ref followed inside the ones being followed; beyond
// limits.max_ref_hops it reports an error at r and returns false. Each
// true return is paired with unhop.
func (c *checker) hop(d *document, r *node) bool {
	if c.hops >= c.lim.MaxRefHops {
		if !c.hopReported[d] {
			c.hopReported[d] = true
			c.errorf(d, r, "more than limits.max_ref_hops (%d) $refs followed one inside another to reach this $ref; "+
				"it and what lies behind it were not checked. If the schema is genuine, raise limits.max_ref_hops in privlint.yaml", c.lim.MaxRefHops)
		}
		return false
	}
	c.hops++
	return true
}

func (c *checker) unhop() { c.hops-- }

// enter marks n as visited in role ro; false when it was already.
func (c *checker) enter(n *node, ro role) bool {
	if c.visit(n, ro) != 0 {
		return false
	}
	c.setVisit(n, ro, stateActive)
	return true
}

// schema walks schema n at ptr and judges the properties of every object
// in it. It reports whether instances of n hold personal data.
func (c *checker) schema(d *document, n *node, ptr string, cx ctx) bool {
	return c.walkSchema(d, n, ptr, cx, false)
}

// walkSchema is schema; declared says the caller has read n's keywords
// with applyDecl already (a property's or a parameter's schema), so that
// a leaf's need not be read again for their errors.
func (c *checker) walkSchema(d *document, n *node, ptr string, cx ctx, declared bool) bool {
	n = deref(n)
	if n == nil || n.Kind != mappingNode {
		return false
	}
	if leafSchema(n) {
		// Nothing to walk: no visit to remember. Its keywords are
		// still read for their errors (reported once: errors are
		// deduplicated), as on a first visit, unless they were.
		if !declared {
			c.applyDecl(d, n, &cx)
		}
		return false
	}
	if st := c.visit(n, roleSchema); st != 0 {
		return st == statePersonal
	}
	c.setVisit(n, roleSchema, stateActive)
	c.applyDecl(d, n, &cx)
	cx.catalog = cx.catalog || catalogName(cx.name)
	personal := false
	for p := range entries(n) {
		kw := p.key.Value
		v := deref(p.val)
		if v == nil {
			continue
		}
		switch kw {
		case "$ref":
			personal = c.follow(d, p.val, roleSchema) || personal
		case "properties":
			if v.Kind == mappingNode {
				personal = c.object(d, v, ptr+"/properties", cx) || personal
			}
		case "patternProperties", "dependentSchemas":
			kptr := ptr + "/" + kw
			for e := range entries(v) {
				personal = c.schema(d, e.val, kptr+"/"+escapeToken(e.key.Value), cx) || personal
			}
		case "$defs", "definitions":
			kptr := ptr + "/" + kw
			for e := range entries(v) {
				dcx := cx
				dcx.name, dcx.keyed = e.key.Value, true
				c.schema(d, e.val, kptr+"/"+escapeToken(e.key.Value), dcx)
			}
		case "additionalProperties", "unevaluatedProperties", "additionalItems", "unevaluatedItems",
			"contains", "then", "else":
			personal = c.schema(d, v, ptr+"/"+kw, cx) || personal
		case "items", "allOf", "anyOf", "oneOf", "prefixItems":
			kptr := ptr + "/" + kw
			if v.Kind == sequenceNode {
				for i, e := range v.Content {
					personal = c.schema(d, e, kptr+"/"+strconv.Itoa(i), cx) || personal
				}
			} else {
				personal = c.schema(d, v, kptr, cx) || personal
			}
		case "not", "if", "propertyNames", "contentSchema":
			c.schema(d, v, ptr+"/"+kw, cx)
		}
	}
	if personal {
		c.setVisit(n, roleSchema, statePersonal)
	} else {
		c.setVisit(n, roleSchema, stateClean)
	}
	return personal
}

// leafSchema reports whether schema n has no keyword that schema walks
// into (nor a merge key that could bring one): most schemas of a document
// ({type: string}) are such leaves, and walking one finds nothing, so the
// walk does not remember visiting it.
func leafSchema(n *node) bool {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if k.Tag == tagMerge || subschemaKeyword(k.Value) {
			return false
		}
	}
	return true
}

// subschemaKeyword reports whether schema walks into the value of
// keyword kw (the cases of its switch).
func subschemaKeyword(kw string) bool {
	switch kw {
	case "$ref", "properties", "patternProperties", "dependentSchemas", "$defs", "definitions",
		"additionalProperties", "unevaluatedProperties", "additionalItems", "unevaluatedItems",
		"contains", "then", "else", "items", "allOf", "anyOf", "oneOf", "prefixItems",
		"not", "if", "propertyNames", "contentSchema":
		return true
	}
	return false
}

// object classifies and judges the properties (mapping props, at ptr) of
// an object schema named cx.name.
func (c *checker) object(d *document, props *node, ptr string, cx ctx) bool {
	// The members and their facts sit on the checker's stacks while the
	// object is judged: the walk of a member's schema pushes (and pops)
	// its own above them, so they stay contiguous.
	if cx.catalog && messageKeys(props) {
		// A translation catalog's message texts, keyed by message id
		// (settings.mailserver.password is the label of a password
		// field, not a password).
		return false
	}
	mbase, ibase := len(c.memberStack), len(c.propStack)
	defer func() {
		clear(c.memberStack[mbase:])
		clear(c.propStack[ibase:])
		c.memberStack, c.propStack = c.memberStack[:mbase], c.propStack[:ibase]
	}()
	// Room for the own properties at once: an object of many properties
	// (a schema may hold hundreds of thousands) would otherwise grow the
	// stacks a quarter at a time, copying them over and over.
	c.memberStack = slices.Grow(c.memberStack, len(props.Content)/2)
	c.propStack = slices.Grow(c.propStack, len(props.Content)/2)
	for p := range entries(props) {
		name := p.key.Value
		// A property's pointer is made when its schema is walked into or
		// it is reported: most are leaves ({type: string}) that are not.
		pptr := ""
		if v := deref(p.val); v != nil && v.Kind == mappingNode && !leafSchema(v) {
			pptr = ptr + "/" + escapeToken(name)
		}
		pcx := cx
		pcx.name, pcx.keyed = name, false
		own := pcx
		c.applyDecl(d, p.val, &own)
		c.memberStack = append(c.memberStack, c.member(d, name, p.val))
		inner := c.walkSchema(d, p.val, pptr, pcx, true)
		c.propStack = append(c.propStack, propInfo{key: p.key, val: p.val, ptr: pptr, parent: ptr, cx: own, inner: inner})
	}
	members, infos := c.memberStack[mbase:], c.propStack[ibase:]
	matches := c.cl.Object(classifier.Object{TypeName: cx.name, Members: members, Provider: c.provider(d)})
	personal := false
	parts := objectParts{}
	for i, m := range matches {
		switch {
		case infos[i].inner:
			parts.nested = true
		case m.Category != "" && rules.IsPersonal(m.Category) && !slices.Contains(parts.cats, m.Category):
			parts.cats = append(parts.cats, m.Category)
		}
	}
	if len(parts.cats) == 1 && !parts.nested {
		// Only an object whose personal members share one category can
		// be one value in parts (see whole).
		if c.parts == nil {
			c.parts = map[*node]string{}
		}
		c.parts[props] = parts.cats[0]
	}
	for i, m := range matches {
		inf := infos[i]
		if inf.inner {
			// A holder: the findings sit on its members, unless its
			// members hold parts of the one value its own name names (a
			// phone number given as {cc, subscriber}, whose subscriber is
			// a phone number too): then it is that value, split, and
			// reported as a whole as well.
			personal = true
			if m.Category == "" || !rules.IsPersonal(m.Category) || !c.whole(d, inf.val, m.Category) {
				continue
			}
		}
		if m.Category == "" || !rules.IsPersonal(m.Category) {
			continue
		}
		if m.By == classifier.Name && members[i].Kind == classifier.KindStruct && classifier.Envelope(members[i].TypeName) {
			// A request or response object is an envelope, not the
			// value its property's name names (FaxGetResponse.fax is a
			// FaxResponse, a fax document, not a fax number).
			continue
		}
		personal = true
		c.report(d.pos(inf.key), inf.pointer(), m, inf.cx, nil)
	}
	return personal
}

// propInfo is what object keeps of a property while it judges the
// object's members.
type propInfo struct {
	key, val *node
	ptr      string // the property's pointer; "" when not made yet
	parent   string // the pointer of the properties keyword
	cx       ctx
	inner    bool // the property's schema holds personal data
}

// pointer returns the property's JSON pointer.
func (p *propInfo) pointer() string {
	if p.ptr == "" {
		p.ptr = p.parent + "/" + escapeToken(p.key.Value)
	}
	return p.ptr
}

// objectParts are the categories an object's own members were found to
// hold, and whether a member is itself a holder of personal data.
type objectParts struct {
	cats   []string
	nested bool
}

// whole reports whether the object property schema n stands for (through
// a local $ref, or as the items of an array) is one value of category key
// in parts: every member found personal holds key itself, and none is a
// holder of its own (Phone{cc, subscriber}; not Address{city, street},
// whose members are parts of their own categories).
func (c *checker) whole(d *document, n *node, key string) bool {
	t, _ := c.peek(d, deref(n))
	if schemaType(t) == "array" {
		if it := deref(val(t, "items")); it != nil && it.Kind == mappingNode {
			t, _ = c.peek(d, it)
		}
	}
	props := deref(val(t, "properties"))
	if props == nil {
		return false
	}
	cat, ok := c.parts[props]
	return ok && cat == key
}

// catalogNames are the names, lower case without separators, of objects
// that hold an application's translated texts.
var catalogNames = []string{"languagepack", "langpack", "translations", "i18n", "l10n",
	"localizations", "localisations", "messagecatalog", "uistrings", "uitexts"}

// catalogName reports whether an object's name names a translation
// catalog (LanguagePack, i18n, ui_strings).
func catalogName(name string) bool {
	if len(name) > 32 {
		return false
	}
	var b [32]byte
	n := 0
	for i := 0; i < len(name); i++ {
		ch := name[i]
		switch {
		case ch == '_' || ch == '-' || ch == '.' || ch == ' ':
			continue
		case ch >= 'A' && ch <= 'Z':
			ch += 'a' - 'A'
		}
		b[n] = ch
		n++
	}
	return slices.Contains(catalogNames, string(b[:n]))
}

// messageKeys reports whether most of the properties of props (at least
// two thirds) are named as message ids are, identifiers joined by dots
// (campaigns.noOptinLists, _.code): a catalog's entries, not data fields.
func messageKeys(props *node) bool {
	all, dotted := 0, 0
	for p := range entries(props) {
		all++
		if messageID(p.key.Value) {
			dotted++
		}
	}
	return all > 0 && 3*dotted >= 2*all
}

// messageID reports whether name is two or more identifiers joined by
// dots.
func messageID(name string) bool {
	parts := 0
	for seg := range strings.SplitSeq(name, ".") {
		if seg == "" {
			return false
		}
		for i := 0; i < len(seg); i++ {
			ch := seg[i]
			if !(ch == '_' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9') {
				return false
			}
		}
		parts++
	}
	return parts >= 2
}

// urlUse describes a parameter placed in the URL, for PL104.
type urlUse struct {
	in, name, op string
	fix          string // what to do instead; "" for the OpenAPI advice
}

// report judges one personal-data property, parameter, column or field
// at pos: the judge's PL001–PL004, PL101 where it is stored and PL104
// where it is placed in a URL. Every schema kind reports through it.
func (c *checker) report(pos finding.Position, ptr string, m classifier.Match, cx ctx, u *urlUse) {
	c.record(pos, ptr, m, cx, u)
	var kn kindNotes
	if cx.notes != nil {
		kn = *cx.notes
	}
	purposes := slices.Clone(cx.purposes)
	decl := judge.Declaration{
		Category:   m.Category,
		DetectedBy: string(m.By),
		Evidence:   m.Details,
		Purposes:   purposes,
		Special:    m.Special,
		Symbol:     ptr,
		Schema:     true,
		How:        kn.purposeHow,
	}
	for _, f := range judge.Purposes(c.pol, decl) {
		c.emit(pos, f)
	}
	if len(c.pol.Deny) > 0 {
		c.decls = append(c.decls, placedDecl{pos, decl})
	}
	if cx.storage && !cx.encrypted && !m.Protected && c.pol.EncryptionRequired(m.Category, m.Sensitive) {
		why, how := "the schema is marked x-storage: true", "mark the property x-encrypted: true"
		if kn.storageWhy != "" {
			why, how = kn.storageWhy, kn.encryptHow
		}
		sink := "x-storage"
		if kn.sink != "" {
			sink = kn.sink
		}
		c.emit(pos, &finding.Finding{
			RuleID: "PL101",
			Message: fmt.Sprintf("%s in %s is stored unencrypted: %s and %s requires %s encrypted at rest; encrypt it and %s, or store a one-way hash",
				m.Category, ptr, why, judge.PolicyName(c.pol), m.Category, how),
			Category:   m.Category,
			Purposes:   purposes,
			DetectedBy: string(m.By),
			Evidence:   m.Details,
			Symbol:     ptr,
			Sink:       sink,
		})
	}
	if u != nil && (u.in == "path" || u.in == "query") {
		where := fmt.Sprintf("%s parameter %q", u.in, u.name)
		if u.op != "" {
			where += " of " + u.op
		}
		fix := "send it in the request body or a header instead"
		if u.fix != "" {
			fix = u.fix
		}
		c.emit(pos, &finding.Finding{
			RuleID: "PL104",
			Message: fmt.Sprintf("%s in %s is placed in the URL (%s), where servers, proxies and browser histories record it; %s",
				m.Category, ptr, where, fix),
			Category:   m.Category,
			Purposes:   purposes,
			DetectedBy: string(m.By),
			Evidence:   m.Details,
			Symbol:     ptr,
			Sink:       "url:" + u.in,
		})
	}
}

// deny reports PL006 on the properties of every file checked: what a
// purpose processes is judged across the run's schemas.
func (c *checker) deny() {
	if len(c.pol.Deny) == 0 {
		return
	}
	// A property reached along several paths is judged once.
	type place struct {
		pos finding.Position
		sym string
	}
	seen := map[place]bool{}
	var placed []placedDecl
	var decls []judge.Declaration
	for _, p := range c.decls {
		k := place{p.pos, p.decl.Symbol}
		if seen[k] {
			continue
		}
		seen[k] = true
		placed = append(placed, p)
		decls = append(decls, p.decl)
	}
	for i, fs := range judge.Deny(c.pol, decls) {
		for _, f := range fs {
			c.emit(placed[i].pos, f)
		}
	}
}

// emit fills position and level of f and keeps it unless its rule is off.
func (c *checker) emit(pos finding.Position, f *finding.Finding) {
	f.Level = c.pol.RuleLevel(f.RuleID)
	if f.Level == finding.LevelNone || f.Level == "" {
		return
	}
	f.Pos = pos
	if len(f.Purposes) == 0 {
		f.Purposes = nil
	}
	c.findings = append(c.findings, f)
}
