package schemacheck

import (
	"strconv"
	"strings"

	"github.com/privlint/privlint/internal/classifier"
	"github.com/privlint/privlint/rules"
)

// methods are the operations of an OpenAPI path item, in walk order.
var methods = [...]string{"get", "put", "post", "delete", "options", "head", "patch", "trace"}

// methodNames are the methods in upper case, index-aligned with methods.
var methodNames = [...]string{"GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"}

// openAPI walks an OpenAPI 3.0/3.1 document: paths, webhooks and
// components. Whole documents are not compiled with the JSON Schema
// validator (OpenAPI schemas are a dialect of it); privlint keywords are
// still validated where they occur.
func (c *checker) openAPI(d *document) {
	root := deref(d.root)
	cx := c.rootCtx(d)
	cx.name = ""
	for p := range entries(val(root, "paths")) {
		c.pathItem(d, p.val, "/paths/"+escapeToken(p.key.Value), cx, p.key.Value)
	}
	for p := range entries(val(root, "webhooks")) {
		c.pathItem(d, p.val, "/webhooks/"+escapeToken(p.key.Value), cx, p.key.Value)
	}
	comps := val(root, "components")
	if comps == nil {
		return
	}
	ccx := cx
	c.applyDecl(d, comps, &ccx)
	keyed := func(name string) ctx {
		k := ccx
		k.name, k.keyed = name, true
		return k
	}
	for p := range entries(val(comps, "schemas")) {
		c.schema(d, p.val, "/components/schemas/"+escapeToken(p.key.Value), keyed(p.key.Value))
	}
	for p := range entries(val(comps, "parameters")) {
		ptr := "/components/parameters/" + escapeToken(p.key.Value)
		c.paramRefOrGroup(d, p.val, ptr, keyed(p.key.Value))
	}
	for p := range entries(val(comps, "requestBodies")) {
		c.requestBody(d, p.val, "/components/requestBodies/"+escapeToken(p.key.Value), keyed(p.key.Value))
	}
	for p := range entries(val(comps, "responses")) {
		c.response(d, p.val, "/components/responses/"+escapeToken(p.key.Value), keyed(p.key.Value))
	}
	c.headers(d, val(comps, "headers"), "/components/headers", ccx)
	for p := range entries(val(comps, "pathItems")) {
		c.pathItem(d, p.val, "/components/pathItems/"+escapeToken(p.key.Value), keyed(p.key.Value), "")
	}
	for p := range entries(val(comps, "callbacks")) {
		c.callback(d, p.val, "/components/callbacks/"+escapeToken(p.key.Value), ccx)
	}
}

// swagger walks a Swagger 2.0 document: paths, definitions, parameters and
// responses.
func (c *checker) swagger(d *document) {
	root := deref(d.root)
	cx := c.rootCtx(d)
	cx.name = ""
	for p := range entries(val(root, "paths")) {
		c.pathItem(d, p.val, "/paths/"+escapeToken(p.key.Value), cx, p.key.Value)
	}
	keyed := func(name string) ctx {
		k := cx
		k.name, k.keyed = name, true
		return k
	}
	for p := range entries(val(root, "definitions")) {
		c.schema(d, p.val, "/definitions/"+escapeToken(p.key.Value), keyed(p.key.Value))
	}
	for p := range entries(val(root, "parameters")) {
		c.paramRefOrGroup(d, p.val, "/parameters/"+escapeToken(p.key.Value), keyed(p.key.Value))
	}
	for p := range entries(val(root, "responses")) {
		c.response(d, p.val, "/responses/"+escapeToken(p.key.Value), keyed(p.key.Value))
	}
}

// holderName names the object formed by an operation's parameters when it
// has no operationId: the last literal segment of the path template
// ("/users/{id}" → "users").
func holderName(template string) string {
	for rest := template; ; {
		i := strings.LastIndexByte(rest, '/')
		if s := rest[i+1:]; s != "" && !strings.HasPrefix(s, "{") {
			return s
		}
		if i < 0 {
			return ""
		}
		rest = rest[:i]
	}
}

// callback walks a callback object: runtime expressions → path items.
func (c *checker) callback(d *document, n *node, ptr string, cx ctx) {
	n = deref(n)
	if !c.enter(n, rolePathItem) { // also ends a cycle of $refs
		return
	}
	if r := val(n, "$ref"); r != nil {
		if !c.hop(d, r) {
			return
		}
		defer c.unhop()
		td, t, tptr, ok := c.resolve(d, r)
		if ok {
			c.callback(td, t, tptr, c.contextAt(td, tptr))
		}
		return
	}
	c.applyDecl(d, n, &cx)
	for p := range entries(n) {
		if !strings.HasPrefix(p.key.Value, "x-") {
			c.pathItem(d, p.val, ptr+"/"+escapeToken(p.key.Value), cx, p.key.Value)
		}
	}
}

// pathItem walks a path item: its parameters and operations.
func (c *checker) pathItem(d *document, n *node, ptr string, cx ctx, template string) {
	n = deref(n)
	if n == nil || n.Kind != mappingNode || !c.enter(n, rolePathItem) {
		return
	}
	if _, r := get(n, "$ref"); r != nil {
		c.follow(d, r, rolePathItem)
	}
	c.applyDecl(d, n, &cx)
	// Pointers and names are made only for what the item holds (most
	// operations lack some of parameters, content and headers).
	if ps := val(n, "parameters"); ps != nil {
		c.params(d, ps, ptr+"/parameters", cx, holderName(template), template)
	}
	var ops [len(methods)]*node
	operations(n, &ops)
	for i, m := range methods {
		op := ops[i]
		if op == nil || op.Kind != mappingNode {
			continue
		}
		c.operation(d, op, ptr+"/"+m, cx, methodNames[i], template)
	}
}

// operations sets ops[i] to val(n, methods[i]) for each method, in one
// pass over the keys of path item n (eight lookups were a tenth of the
// walk of an OpenAPI path).
func operations(n *node, ops *[len(methods)]*node) {
	var found [len(methods)]bool
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if k.Tag == tagMerge {
			// What merge keys bring: val's own search.
			for j, m := range methods {
				ops[j] = val(n, m)
			}
			return
		}
		if k.Kind != scalarNode {
			continue
		}
		if j := methodIndex(k.Value); j >= 0 && !found[j] {
			found[j], ops[j] = true, deref(n.Content[i+1])
		}
	}
}

// methodIndex returns the index of the operation key in methods, -1 for
// another key.
func methodIndex(key string) int {
	switch key {
	case "get":
		return 0
	case "put":
		return 1
	case "post":
		return 2
	case "delete":
		return 3
	case "options":
		return 4
	case "head":
		return 5
	case "patch":
		return 6
	case "trace":
		return 7
	}
	return -1
}

// operation walks one operation: parameters, request body, responses and
// callbacks.
func (c *checker) operation(d *document, op *node, ptr string, cx ctx, method, template string) {
	c.applyDecl(d, op, &cx)
	name := str(op, "operationId")
	if name == "" {
		name = holderName(template)
	}
	cx.name, cx.keyed = name, false
	if ps := val(op, "parameters"); ps != nil {
		c.params(d, ps, ptr+"/parameters", cx, name, strings.TrimSpace(method+" "+template))
	}
	if _, rb := get(op, "requestBody"); rb != nil {
		c.requestBody(d, rb, ptr+"/requestBody", cx)
	}
	for p := range entries(val(op, "responses")) {
		if !strings.HasPrefix(p.key.Value, "x-") {
			c.response(d, p.val, ptr+"/responses/"+escapeToken(p.key.Value), cx)
		}
	}
	for p := range entries(val(op, "callbacks")) {
		c.callback(d, p.val, ptr+"/callbacks/"+escapeToken(p.key.Value), cx)
	}
}

// paramItem is one parameter (or header) to classify.
type paramItem struct {
	node *node // the parameter object
	// ptr is the parameter's pointer; when listed is set, it is made on
	// first use from list and index, the pointer of the list of
	// parameters holding it and its place there.
	ptr    string
	listed bool
	list   string
	index  int
	cx     ctx
	name   string
	in     string
	nameAt *node  // where findings point: the name's value (or the header's key)
	op     string // "GET /users", for messages
}

// pointer returns the parameter's JSON pointer.
func (it *paramItem) pointer() string {
	if it.listed {
		it.ptr, it.listed = it.list+"/"+strconv.Itoa(it.index), false
	}
	return it.ptr
}

// paramItem builds the item of parameter object n at ptr.
func (c *checker) paramItem(d *document, n *node, ptr string, cx ctx) paramItem {
	_, nameNode := get(n, "name")
	return paramItem{node: deref(n), ptr: ptr, cx: cx, name: str(n, "name"), in: str(n, "in"), nameAt: deref(nameNode)}
}

// paramRefOrGroup walks a reusable parameter: a $ref to one, or one.
func (c *checker) paramRefOrGroup(d *document, n *node, ptr string, cx ctx) {
	if _, r := get(n, "$ref"); r != nil {
		c.follow(d, r, roleParam)
		return
	}
	c.paramGroup(d, "", []paramItem{c.paramItem(d, n, ptr, cx)})
}

// params walks a list of parameters; the inline ones are classified
// together as the members of one object named holder, referenced ones at
// their definition with their own context.
func (c *checker) params(d *document, list *node, ptr string, cx ctx, holder, op string) {
	if list == nil || list.Kind != sequenceNode {
		return
	}
	// The list's parameters sit on the checker's stack while they are
	// judged, above those of the lists being judged (a slice of them was
	// an allocation per list).
	base := len(c.itemStack)
	defer func() {
		clear(c.itemStack[base:])
		c.itemStack = c.itemStack[:base]
	}()
	for i, e := range list.Content {
		e = deref(e)
		if e == nil || e.Kind != mappingNode {
			continue
		}
		if _, r := get(e, "$ref"); r != nil {
			c.follow(d, r, roleParam)
			continue
		}
		it := c.paramItem(d, e, "", cx)
		it.listed, it.list, it.index = true, ptr, i
		it.op = op
		c.itemStack = append(c.itemStack, it)
	}
	c.paramGroup(d, holder, c.itemStack[base:])
}

// paramGroup classifies parameters (or headers) together and judges the
// personal ones; PL104 applies to path and query parameters. Body
// parameters (Swagger) and parameter schemas are walked as schemas.
func (c *checker) paramGroup(d *document, holder string, items []paramItem) {
	// As in object, the members and the parameters judged sit on the
	// checker's stacks, above those of the groups and objects enclosing
	// this one.
	mbase, jbase := len(c.memberStack), len(c.paramStack)
	defer func() {
		clear(c.memberStack[mbase:])
		clear(c.paramStack[jbase:])
		c.memberStack, c.paramStack = c.memberStack[:mbase], c.paramStack[:jbase]
	}()
	for _, it := range items {
		if it.node == nil || it.node.Kind != mappingNode || !c.enter(it.node, roleParam) {
			continue
		}
		c.applyDecl(d, it.node, &it.cx)
		scx := it.cx
		scx.name, scx.keyed = it.name, false
		if it.in == "body" {
			c.schema(d, val(it.node, "schema"), it.pointer()+"/schema", it.cx)
			continue
		}
		sch := val(it.node, "schema")
		var mediaType *node // the content key of sch, if sch is under content
		if sch == nil {
			// Swagger 2.0 parameters and headers carry type and format
			// themselves; OpenAPI 3 may use content instead of schema.
			for mt := range entries(val(it.node, "content")) {
				sch = val(mt.val, "schema")
				mediaType = mt.key
				break
			}
		}
		m := classifier.Member{Name: it.name}
		annotated := c.annotate(d, it.node, &m)
		if sch != nil {
			c.applyDecl(d, sch, &it.cx)
			sm := c.member(d, it.name, sch)
			if annotated {
				sm.Declared, sm.Infer, sm.NotPersonal = m.Declared, m.Infer, m.NotPersonal
			}
			m = sm
			// The schema's pointer is made when the schema is walked
			// into: most are leaves ({type: string}).
			schPtr := ""
			if sch.Kind == mappingNode && !leafSchema(sch) {
				schPtr = it.pointer() + "/schema"
				if mediaType != nil {
					schPtr = it.pointer() + "/content/" + escapeToken(mediaType.Value) + "/schema"
				}
			}
			c.walkSchema(d, sch, schPtr, scx, true)
		} else {
			m = c.member(d, it.name, it.node)
		}
		if desc := describedBy(it.node); desc != "" {
			m.Description = desc // the parameter's own words first
		}
		if it.nameAt == nil {
			it.nameAt = it.node
		}
		c.memberStack = append(c.memberStack, m)
		c.paramStack = append(c.paramStack, it)
	}
	members, judged := c.memberStack[mbase:], c.paramStack[jbase:]
	if len(members) == 0 {
		return
	}
	matches := c.cl.Object(classifier.Object{TypeName: holder, Members: members, Provider: c.provider(d)})
	for i, m := range matches {
		if m.Category == "" || !rules.IsPersonal(m.Category) {
			continue
		}
		it := judged[i]
		c.report(d.pos(it.nameAt), it.pointer(), m, it.cx, &urlUse{in: it.in, name: it.name, op: it.op})
	}
}

// headers walks a map of header objects (name → header or $ref).
func (c *checker) headers(d *document, n *node, ptr string, cx ctx) {
	var items []paramItem
	for p := range entries(n) {
		if _, r := get(p.val, "$ref"); r != nil {
			c.follow(d, r, roleHeader)
			continue
		}
		items = append(items, paramItem{node: deref(p.val), ptr: ptr + "/" + escapeToken(p.key.Value), cx: cx,
			name: p.key.Value, in: "header", nameAt: p.key})
	}
	c.paramGroup(d, cx.name, items)
}

// requestBody walks an OpenAPI 3 request body.
func (c *checker) requestBody(d *document, n *node, ptr string, cx ctx) {
	n = deref(n)
	if n == nil || n.Kind != mappingNode || !c.enter(n, roleRequestBody) {
		return
	}
	if _, r := get(n, "$ref"); r != nil {
		c.follow(d, r, roleRequestBody)
		return
	}
	c.applyDecl(d, n, &cx)
	if ct := val(n, "content"); ct != nil {
		c.content(d, ct, ptr+"/content", cx)
	}
}

// content walks a media-type map's schemas.
func (c *checker) content(d *document, n *node, ptr string, cx ctx) {
	for mt := range entries(n) {
		mcx := cx
		c.applyDecl(d, mt.val, &mcx)
		c.schema(d, val(mt.val, "schema"), ptr+"/"+escapeToken(mt.key.Value)+"/schema", mcx)
	}
}

// response walks a response: its content (OpenAPI 3), schema (Swagger 2)
// and headers.
func (c *checker) response(d *document, n *node, ptr string, cx ctx) {
	n = deref(n)
	if n == nil || n.Kind != mappingNode || !c.enter(n, roleResponse) {
		return
	}
	if _, r := get(n, "$ref"); r != nil {
		c.follow(d, r, roleResponse)
		return
	}
	c.applyDecl(d, n, &cx)
	if ct := val(n, "content"); ct != nil {
		c.content(d, ct, ptr+"/content", cx)
	}
	if _, s := get(n, "schema"); s != nil {
		c.schema(d, s, ptr+"/schema", cx)
	}
	if hs := val(n, "headers"); hs != nil {
		c.headers(d, hs, ptr+"/headers", cx)
	}
}
