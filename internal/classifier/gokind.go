package classifier

import "go/types"

// GoKind says what kind of value a Go type holds, looking through
// pointers, slices, arrays and maps (a []byte is KindBytes), and names the
// element's named type ("" when unnamed). isEnum, when not nil, reports
// whether a named basic type is an enumeration (its package declares
// constants of it): such a field never takes a category from its name.
// Locks, sync primitives, functions, channels and interfaces are KindNoData; sync/atomic's
// integer and bool types are numbers and bools.
func GoKind(t types.Type, isEnum func(*types.TypeName) bool) (Kind, string) {
	if t == nil {
		return KindOther, ""
	}
	for {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
			continue
		case *types.Slice:
			if b, ok := u.Elem().Underlying().(*types.Basic); ok && b.Kind() == types.Byte {
				return KindBytes, ""
			}
			t = u.Elem()
			continue
		case *types.Array:
			t = u.Elem()
			continue
		case *types.Map:
			t = u.Elem()
			continue
		}
		break
	}
	t = types.Unalias(t)
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
