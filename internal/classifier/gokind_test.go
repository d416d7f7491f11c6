package classifier

import (
	"go/types"
	"testing"

	"github.com/privlint/privlint/internal/testkit"
)

func TestGoKind(t *testing.T) {
	const src = `package p

import (
	"sync"
	"sync/atomic"
	"time"
)

type Gender string

const Female Gender = "f"

type Label string

// Named lists: of a named value type (its values), of bytes or of plain
// strings (left as they are).
type (
	Labels  []Label
	Genders [3]Gender
	Blob    []byte
	Names   []string
)

type Hasher interface{ Hash(string) []byte }

// Executor is behaviour around its dependencies.
type Executor struct {
	d     Hasher
	hooks []func() error
	mu    sync.Mutex
}

// once lazily holds a value of T.
type once[T any] struct {
	value T
	init  sync.Once
}

// Wrapper holds an executor and a string: data.
type Wrapper struct {
	e    *Executor
	Name string
}

// Digest is a value behind an interface it embeds (a password digest of
// whichever algorithm): data.
type Digest struct {
	Hasher
}

// Boxes hold anything.
type Boxes struct {
	d  Hasher
	vs map[string]any
}

type S struct {
	A string
	B *bool
	C []byte
	D []int
	E map[string]time.Time
	F time.Duration
	G Gender
	H Label
	I struct{ X int }
	J [2]float64
	K chan int
	L sync.Mutex
	M *sync.RWMutex
	N func(string) error
	O atomic.Int64
	P atomic.Bool
	Q atomic.Value
	R error
	T any
	U *Executor
	V once[Hasher]
	W once[string]
	X Wrapper
	Y struct{}
	Z Boxes
	AA Digest
	AB Labels
	AC *Labels
	AD Genders
	AE Blob
	AF Names
}
`
	pkg := testkit.CheckSource(t, src)
	isEnum := func(tn *types.TypeName) bool { return tn.Name() == "Gender" }
	st := pkg.Scope().Lookup("S").Type().Underlying().(*types.Struct)
	want := map[string]struct {
		kind Kind
		name string
	}{
		"A": {KindString, ""}, "B": {KindBool, ""}, "C": {KindBytes, ""}, "D": {KindNumber, ""},
		"E": {KindTime, "Time"}, "F": {KindDuration, "Duration"}, "G": {KindEnum, "Gender"},
		"H": {KindString, "Label"}, "I": {KindStruct, ""}, "J": {KindNumber, ""}, "K": {KindNoData, ""},
		"L": {KindNoData, "Mutex"}, "M": {KindNoData, "RWMutex"}, "N": {KindNoData, ""},
		"O": {KindNumber, "Int64"}, "P": {KindBool, "Bool"}, "Q": {KindStruct, "Value"},
		"R": {KindNoData, "error"}, "T": {KindNoData, ""},
		// Structs of behaviour only hold no data; one with a string, a
		// value of any or no field at all is still a struct.
		"U": {KindNoData, "Executor"}, "V": {KindNoData, "once"}, "W": {KindStruct, "once"},
		"X": {KindStruct, "Wrapper"}, "Y": {KindStruct, ""}, "Z": {KindStruct, "Boxes"},
		// A struct embedding an interface is a value of it.
		"AA": {KindStruct, "Digest"},
		// A named list of a named value type is a list of those values.
		"AB": {KindString, "Label"}, "AC": {KindString, "Label"}, "AD": {KindEnum, "Gender"},
		"AE": {KindOther, "Blob"}, "AF": {KindOther, "Names"},
	}
	for i := range st.NumFields() {
		fld := st.Field(i)
		k, name := GoKind(fld.Type(), isEnum)
		if w := want[fld.Name()]; k != w.kind || name != w.name {
			t.Errorf("GoKind(%s %s) = %v, %q; want %v, %q", fld.Name(), fld.Type(), k, name, w.kind, w.name)
		}
	}
	if k, _ := GoKind(pkg.Scope().Lookup("S").Type().Underlying().(*types.Struct).Field(6).Type(), nil); k != KindString {
		t.Errorf("without isEnum a named string is KindString, got %v", k)
	}
	if k, _ := GoKind(nil, nil); k != KindOther {
		t.Errorf("GoKind(nil) = %v", k)
	}
}

// TestNoDataKind: a name that classifies as a string is not classified on a
// lock or a function.
func TestNoDataKind(t *testing.T) {
	c := testClassifier(t)
	if _, ok := c.Name("lastName", Context{Kind: KindString}); !ok {
		t.Fatal("lastName as a string is not classified")
	}
	if m, ok := c.Name("lastName", Context{Kind: KindNoData}); ok {
		t.Errorf("lastName as a lock is classified %v", m)
	}
}
