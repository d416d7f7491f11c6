package classifier

import "go/types"

// GoKind says what kind of value a Go type holds, looking through
// pointers, slices, arrays and maps (a []byte is KindBytes), and names the
// element's named type ("" when unnamed). isEnum, when not nil, reports
// whether a named basic type is an enumeration (its package declares
// constants of it): such a field never takes a category from its name.
// Locks, sync primitives, functions, channels and interfaces are KindNoData; sync/atomic's
// integer and bool types are numbers and bools. A struct whose every
// field holds no data (an executor around its dependencies interface, a
// lazily set holder of a Hasher) is KindNoData too: it is behaviour, and
// whatever its name says is what it does, not what it holds.
func GoKind(t types.Type, isEnum func(*types.TypeName) bool) (Kind, string) {
	return goKindAt(t, isEnum, 0)
}

// maxNoDataDepth bounds how deep behaviourOnly looks into nested structs.
const maxNoDataDepth = 2

// goKindAt is GoKind for a type depth structs deep inside the first one.
func goKindAt(t types.Type, isEnum func(*types.TypeName) bool, depth int) (Kind, string) {
	if t == nil {
		return KindOther, ""
	}
	for e := containerElem(t); e != nil; e = containerElem(t) {
		if _, ok := types.Unalias(t).(*types.Slice); ok {
			if b, ok := e.Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				return KindBytes, ""
			}
		}
		t = e
	}
	t = types.Unalias(t)
	if e := namedListElem(t); e != nil {
		t = e // MailAddresses []MailAddress: addresses
	}
	name := ""
	if n, ok := t.(*types.Named); ok {
		obj := n.Obj()
		name = obj.Name()
		if obj.Pkg() != nil {
			switch obj.Pkg().Path() + "." + name {
			case "time.Duration":
				return KindDuration, name
			case "time.Time":
				return KindTime, name
			case "sync.Mutex", "sync.RWMutex", "sync.Once", "sync.WaitGroup", "sync.Cond", "sync.Locker":
				// lastNameMu guards lastName; it holds nothing.
				return KindNoData, name
			case "sync/atomic.Bool":
				return KindBool, name
			case "sync/atomic.Int32", "sync/atomic.Int64", "sync/atomic.Uint32", "sync/atomic.Uint64", "sync/atomic.Uintptr":
				return KindNumber, name
			}
		}
		if _, ok := n.Underlying().(*types.Basic); ok && isEnum != nil && isEnum(obj) {
			return KindEnum, name
		}
	}
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Info()&types.IsBoolean != 0:
			return KindBool, name
		case u.Info()&types.IsNumeric != 0:
			return KindNumber, name
		case u.Info()&types.IsString != 0:
			return KindString, name
		}
	case *types.Struct:
		if depth < maxNoDataDepth && behaviourOnly(u, depth) {
			return KindNoData, name
		}
		return KindStruct, name
	case *types.Signature:
		return KindNoData, name // sendEmail func(...): code, not data
	case *types.Chan:
		return KindNoData, name // emailQueue chan Job: a handle, not data
	case *types.Interface:
		return KindNoData, name // emailer Sender, err error: behaviour, not data
	}
	return KindOther, name
}

// namedListElem returns the element of a named slice or array type whose
// element is a named string, number or boolean type (type MailAddresses
// []MailAddress): a list of those values, named for them by its element.
// It returns nil for any other type.
func namedListElem(t types.Type) types.Type {
	n, ok := t.(*types.Named)
	if !ok {
		return nil
	}
	var e types.Type
	switch u := n.Underlying().(type) {
	case *types.Slice:
		e = u.Elem()
	case *types.Array:
		e = u.Elem()
	default:
		return nil
	}
	e = types.Unalias(e)
	en, ok := e.(*types.Named)
	if !ok {
		return nil
	}
	if b, ok := en.Underlying().(*types.Basic); !ok || b.Kind() == types.Byte || b.Kind() == types.Uint8 {
		return nil
	}
	return en
}

// behaviourOnly reports whether s has fields and every one holds no data:
// interfaces with methods, functions, channels, locks, or structs made of
// those only. An empty interface (any) may hold any value, so a struct
// with one (atomic.Value) holds data, and so does a struct that embeds an
// interface: it is a value of that interface (authelia's PasswordDigest{
// algorithm.Digest} is a user's password digest).
func behaviourOnly(s *types.Struct, depth int) bool {
	if s.NumFields() == 0 {
		return false
	}
	for i := range s.NumFields() {
		ft := s.Field(i).Type()
		if anyValue(ft) || s.Field(i).Embedded() && types.IsInterface(ft) {
			// A value of any, or the struct is a value of the
			// interface it embeds (a password digest wrapping
			// whichever algorithm's Digest).
			return false
		}
		if k, _ := goKindAt(ft, nil, depth+1); k != KindNoData {
			return false
		}
	}
	return true
}

// anyValue reports whether t, through pointers, slices, arrays and maps,
// is an interface without methods.
func anyValue(t types.Type) bool {
	for e := containerElem(t); e != nil; e = containerElem(t) {
		t = e
	}
	i, ok := t.Underlying().(*types.Interface)
	return ok && i.NumMethods() == 0
}

// containerElem returns the element type of a pointer, slice, array or
// map (a map's value), nil for any other type.
func containerElem(t types.Type) types.Type {
	switch u := types.Unalias(t).(type) {
	case *types.Pointer:
		return u.Elem()
	case *types.Slice:
		return u.Elem()
	case *types.Array:
		return u.Elem()
	case *types.Map:
		return u.Elem()
	}
	return nil
}
