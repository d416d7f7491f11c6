package classify

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// TestTagPairsSameAsLookup checks that a tag split once answers every key
// as reflect.StructTag.Lookup does: on the struct tags of this module's Go
// files (fixtures included) and on malformed, escaped, duplicated and long
// tags.
func TestTagPairsSameAsLookup(t *testing.T) {
	tags := []string{
		``, ` `, `json`, `json:`, `json:"`, `json:"a`, `json:"a"`, `json:"a" db:"b"`, `  json:"a"   db:"b"  `,
		`json:"a",db:"b"`, `json:"a"db:"b"`, `json:"a" json:"b"`, `json:"a\"b" db:"c"`, `json:"a\\" db:"c"`,
		`json:"\x" db:"c"`, `json:"\q" db:"c"`, `json:"\q" json:"b"`, `db:"c" json:"\q"`, `:"a" db:"b"`, `j son:"a" db:"b"`,
		"json:\"a\"\tdb:\"b\"", "json:\"a\" d\x7fb:\"b\"", `json:'a' db:"b"`, `pii:"email,encrypted" purpose:"account,billing"`,
		`gorm:"column:e_mail;type:text" json:"email"`, `a:"1" b:"2" c:"3" d:"4" e:"5" f:"6" g:"7" h:"8" i:"9" json:"ten"`,
		`a:"1" b:"2" c:"3" d:"4" e:"5" f:"6" g:"7" h:"8"`, `a:"1" b:"2" c:"3" d:"4" e:"5" f:"6" g:"7" h:"8" json:"\q"`,
	}
	// The tags of the module's structs.
	for _, root := range []string{filepath.Join("..", ".."), filepath.Join("..", "..", "testdata")} {
		err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") {
				return err
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
			if err != nil {
				return nil // a fixture with syntax errors
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if fld, ok := n.(*ast.Field); ok && fld.Tag != nil {
					if s, err := strconv.Unquote(fld.Tag.Value); err == nil {
						tags = append(tags, s)
					}
				}
				return true
			})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(tags) < 200 {
		t.Fatalf("%d tags, want the module's", len(tags))
	}
	keys := append(namingTags[:], "gorm", "pii", "purpose", "mask", "a", "h", "i", "", "nope")
	found := 0
	for _, tag := range tags {
		var p tagPairs
		p.split(reflect.StructTag(tag))
		for _, key := range keys {
			got, gotOK := p.lookup(key)
			want, wantOK := reflect.StructTag(tag).Lookup(key)
			if got != want || gotOK != wantOK {
				t.Errorf("tag %q, key %q: %q %v, want %q %v", tag, key, got, gotOK, want, wantOK)
			}
			if gotOK {
				found++
			}
		}
	}
	if found < 200 {
		t.Errorf("%d keys found in %d tags: the comparison covers too little", found, len(tags))
	}
}
