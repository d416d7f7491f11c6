package schemacheck

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/bufbuild/protocompile/ast"
	"github.com/bufbuild/protocompile/reporter"

	"github.com/privlint/privlint/finding"
	"github.com/privlint/privlint/rules/safefile"
)

// Imports of .proto files are resolved as protoc does with the
// repository's proto roots on its include path: an import path names a
// file beside the importing one or below a directory above it, never
// outside the repository (safefile confines every read) and never on the
// network. The well-known google/protobuf files, which protoc ships, need
// no file. What privlint takes from an imported file is which of its
// types are enums (a field of an enum type is judged as a value, a field
// of a message type through the message's own fields); the messages of an
// imported file are judged when that file is checked itself.

// maxProtoImportDepth bounds the chain of public imports followed.
const maxProtoImportDepth = 16

// protoImported is what an imported file declares, read once per run.
type protoImported struct {
	enums  []string // simple names of its enums, nested ones included
	public []string // the paths of the files it imports publicly
	err    error    // why it could not be read or parsed
}

// wellKnownEnums are the enums of the well-known google/protobuf files
// that declare any (api.proto uses type.proto's Syntax).
var wellKnownEnums = map[string][]string{
	"google/protobuf/struct.proto": {"NullValue"},
	"google/protobuf/type.proto":   {"Syntax", "Kind", "Cardinality"},
	"google/protobuf/api.proto":    {"Syntax"},
}

// resolveImports resolves the imports of the file p reads, adds the enums
// the imported files declare to p.enums, and reports each import that
// cannot be resolved at its line and column.
func (p *protoFile) resolveImports() {
	dir := filepath.Dir(p.path)
	root := safefile.RootFor(p.c.root, dir)
	for _, imp := range p.imports {
		name := imp.name
		if strings.HasPrefix(name, "google/protobuf/") {
			for _, e := range wellKnownEnums[name] {
				p.addImportedEnum(e)
			}
			continue
		}
		path, found := findProtoImport(name, dir, root)
		if !found {
			e := p.errorAt(imp, fmt.Sprintf("import %q not found beside the file or below a directory above it in the repository; "+
				"privlint reads imports only from the repository, never the network, so the fields of its types are taken as messages", name))
			p.c.errs = append(p.c.errs, e)
			continue
		}
		if err := p.importEnums(path, root, 0); err != nil {
			p.c.errs = append(p.c.errs, p.errorAt(imp, fmt.Sprintf("import %q: %v", name, err)))
		}
	}
}

// addImportedEnum records an imported enum, unless the file declares a
// message of the same simple name (its own type is the one meant).
func (p *protoFile) addImportedEnum(name string) {
	if !p.messages[name] {
		p.enums[name] = true
	}
}

// importEnums adds the enums of the imported file at path, and of the
// files it imports publicly, to p.enums.
func (p *protoFile) importEnums(path, root string, depth int) error {
	im := p.c.protoImport(path, root)
	if im.err != nil {
		return im.err
	}
	for _, e := range im.enums {
		p.addImportedEnum(e)
	}
	if depth >= maxProtoImportDepth {
		return nil
	}
	for _, pub := range im.public {
		if strings.HasPrefix(pub, "google/protobuf/") {
			continue
		}
		if next, ok := findProtoImport(pub, filepath.Dir(path), root); ok {
			if err := p.importEnums(next, root, depth+1); err != nil {
				return err
			}
		}
	}
	return nil
}

// findProtoImport looks for the import path name beside dir's files and
// below each directory above dir, up to root; it reports the file found.
func findProtoImport(name, dir, root string) (string, bool) {
	if name == "" || filepath.IsAbs(name) || strings.Contains(name, "\\") {
		return "", false
	}
	rel := filepath.FromSlash(name)
	for d := filepath.Clean(dir); ; {
		cand := filepath.Join(d, rel)
		if safefile.Inside(root, cand) {
			if st, err := safefile.Check(cand, root); err == nil && st.Mode().IsRegular() {
				return cand, true
			}
		}
		parent := filepath.Dir(d)
		if d == root || parent == d || !safefile.Inside(root, parent) {
			return "", false
		}
		d = parent
	}
}

// protoImport reads and parses an imported file once per run.
func (c *checker) protoImport(path, root string) *protoImported {
	if c.protoImports == nil {
		c.protoImports = map[string]*protoImported{}
	}
	if im, ok := c.protoImports[path]; ok {
		return im
	}
	im := &protoImported{}
	c.protoImports[path] = im
	data, err := readFile(path, c.lim.MaxSchemaBytes, func(p string) (*os.File, error) { return safefile.Open(p, root) })
	if err != nil {
		im.err = fmt.Errorf("cannot read the imported file: %w", err)
		return im
	}
	if line, ok := protoTooDeep(data, c.lim.MaxDepth); !ok {
		im.err = fmt.Errorf("the imported file nests braces more than %d deep at line %d", c.lim.MaxDepth, line)
		return im
	}
	file, err := parseProto(path, data, reporter.NewHandler(nil))
	if err != nil {
		im.err = fmt.Errorf("the imported file is not valid Protocol Buffers: %v", err)
		return im
	}
	var walk func(ds []ast.MessageElement)
	walk = func(ds []ast.MessageElement) {
		for _, d := range ds {
			switch n := d.(type) {
			case *ast.EnumNode:
				im.enums = append(im.enums, string(n.Name.AsIdentifier()))
			case *ast.MessageNode:
				walk(n.Decls)
			case *ast.GroupNode:
				walk(n.Decls)
			}
		}
	}
	for _, d := range file.Decls {
		switch n := d.(type) {
		case *ast.EnumNode:
			im.enums = append(im.enums, string(n.Name.AsIdentifier()))
		case *ast.MessageNode:
			walk(n.Decls)
		case *ast.ImportNode:
			if n.Public != nil {
				im.public = append(im.public, n.Name.AsString())
			}
		}
	}
	return im
}

// errorAt returns an error at the import imp of the file.
func (p *protoFile) errorAt(imp protoImport, msg string) *finding.Error {
	return &finding.Error{File: p.path, Line: imp.line, Column: imp.col, Message: msg}
}
