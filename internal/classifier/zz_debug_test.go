package classifier

import (
	"os"
	"strings"
	"testing"
)

// go test ./internal/classifier -run TestZZDebug -v   with ZZ="Holder:name[:desc][;name...]|..."
func TestZZDebug(t *testing.T) {
	spec := os.Getenv("ZZ")
	if spec == "" {
		t.Skip()
	}
	c := testClassifier(t)
	for _, obj := range strings.Split(spec, "|") {
		h, rest, _ := strings.Cut(obj, ":")
		var ms []Member
		for _, m := range strings.Split(rest, ";") {
			parts := strings.SplitN(m, "~", 3)
			mem := Member{Name: parts[0]}
			if len(parts) > 1 && parts[1] == "struct" {
				mem.Kind = KindStruct
			}
			if len(parts) > 1 && parts[1] == "num" {
				mem.Kind = KindNumber
			}
			if len(parts) > 2 {
				mem.Description = parts[2]
			}
			ms = append(ms, mem)
		}
		res, pl := c.Judge(Object{TypeName: h, Members: ms})
		for i, r := range res {
			t.Logf("%s(person=%v).%s = %q by %s (%s)", h, pl, ms[i].Name, r.Category, r.By, r.Pattern)
		}
	}
}
