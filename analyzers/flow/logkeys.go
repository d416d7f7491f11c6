package flow

import (
	"go/token"
	"maps"
	"slices"

	"golang.org/x/tools/go/ssa"
)

// pairShape is how a key/value logging API takes its keys.
type pairShape int8

const (
	pairNone pairShape = iota + 1
	// pairVariadic: the variadic arguments alternate a key and its value
	// (slog.Info(msg, "email", x), zap's Infow, logr's Info, klog's
	// InfoS); an element that is not a string stands alone (a slog.Attr,
	// a zap.Field), as slog reads them.
	pairVariadic
	// pairField: arguments 0 and 1 are a key and its value, and the result
	// (a field, an entry, an event) carries the pair: zap.String,
	// slog.Any, logrus.WithField, zerolog's Event.Str.
	pairField
	// pairApp: an application's own logger (appLogger), whose variadic
	// arguments may mix a context, a message and key/value pairs
	// (log.Warn(r, "invalid login", "username", name, err)): a constant
	// key-like string (keyLike) followed by a value that is not a
	// constant is a key and its value.
	pairApp
)

// pairAPIs are the key/value loggers whose constant keys name the value
// beside them, by package, receiver ("" for a function) and name. The log
// sinks they reach are the catalog's (rules/sinks.yaml); this says only
// where their keys are.
var pairAPIs = map[[3]string]pairShape{}

func init() {
	add := func(pkg, recv string, shape pairShape, names ...string) {
		for _, n := range names {
			pairAPIs[[3]string{pkg, recv, n}] = shape
		}
	}
	slogLevels := []string{"Debug", "Info", "Warn", "Error", "Log", "DebugContext", "InfoContext", "WarnContext", "ErrorContext"}
	add("log/slog", "", pairVariadic, append(slogLevels, "Group")...)
	add("log/slog", "Logger", pairVariadic, append(slogLevels, "With")...)
	add("log/slog", "", pairField, "String", "Any")
	add("go.uber.org/zap", "", pairField, "String", "Any", "Stringer", "ByteString", "Reflect")
	add("go.uber.org/zap", "SugaredLogger", pairVariadic, "Debugw", "Infow", "Warnw", "Errorw", "DPanicw", "Panicw", "Fatalw", "With")
	add("github.com/sirupsen/logrus", "", pairField, "WithField")
	add("github.com/sirupsen/logrus", "Entry", pairField, "WithField")
	add("github.com/sirupsen/logrus", "Logger", pairField, "WithField")
	add("github.com/rs/zerolog", "Event", pairField, "Str", "Any", "Interface", "Stringer", "Bytes")
	add("github.com/rs/zerolog", "Context", pairField, "Str", "Any", "Interface", "Stringer", "Bytes")
	add("github.com/go-logr/logr", "Logger", pairVariadic, "Info", "Error", "WithValues")
	add("k8s.io/klog/v2", "", pairVariadic, "InfoS", "ErrorS")
}

// pairKeys gives the values a key/value logging call names by their
// constant keys the keys' sources (keySource, the rule of map keys): for
// a variadic list, the value boxed into the call's arguments, so that the
// log sink the call is, or the call its result goes to, sees it; for a
// field maker, its result. A parameter's value counts where the call's result
// stays in the function (the log call itself, a field passed to one), not
// in a field or logger handed back to the callers.
func (st *fnState) pairKeys(c *callSite, fi *funcInfo) {
	if fi.pair == 0 {
		fi.pair = pairNone
		if s, ok := pairAPIs[[3]string{fi.pkg, fi.recv, fi.name}]; ok {
			fi.pair = s
		} else if appLogger(c.obj, st.a.pass.Pkg) {
			fi.pair = pairApp
		}
	}
	if fi.pair == pairNone {
		return
	}
	local := func() bool { return c.val == nil || usedLocally(c.val, 0) }
	at := c.instr.Pos()
	switch fi.pair {
	case pairField:
		if len(c.args) < 2 || c.val == nil {
			return
		}
		key, ok := constString(c.args[0])
		if !ok {
			return
		}
		if k := st.keySource(key, c.args[1], at, "log key ", local); k != nil {
			st.set(c.val, k)
		}
	case pairApp:
		st.appPairKeys(c, at)
	case pairVariadic:
		sig := c.instr.Common().Signature()
		if sig == nil || !sig.Variadic() || len(c.args) == 0 {
			return
		}
		rest := c.args[len(c.args)-1]
		elems, ok := varargs(rest)
		if !ok {
			return
		}
		idx := slices.Sorted(maps.Keys(elems))
		for j := 0; j < len(idx); j++ {
			i := idx[j]
			e := elems[i]
			if mi, ok := e.(*ssa.MakeInterface); ok {
				e = mi.X
			}
			if !isString(e.Type()) {
				continue // a slog.Attr, a zap.Field: no key of its own here
			}
			v, ok := elems[i+1]
			if !ok {
				break
			}
			j++ // the value is no key
			// The value boxed for this argument alone carries the key:
			// a log sink reads the elements one by one, and the array
			// gets what is stored into it.
			mi, boxed := v.(*ssa.MakeInterface)
			if key, ok := constString(e); ok && boxed {
				st.set(mi, st.keySource(key, v, at, "log key ", local))
			}
		}
	}
}

// appPairKeys is pairKeys for an application's own logger (pairApp): its
// variadic arguments carry no declared shape, so a key is recognised by
// its look and its neighbour: a constant key-like string (keyLike: a
// message has spaces, a format has verbs) followed by a string value
// that is not a constant. A message followed by a key is passed over, so
// log.Warn(ctx, "invalid login", "username", name) pairs "username" with
// name. Only a string value counts: an error or a count beside a key is
// not what the key names.
func (st *fnState) appPairKeys(c *callSite, at token.Pos) {
	sig := c.instr.Common().Signature()
	if sig == nil || !sig.Variadic() || len(c.args) == 0 {
		return
	}
	elems, ok := varargs(c.args[len(c.args)-1])
	if !ok {
		return
	}
	idx := slices.Sorted(maps.Keys(elems))
	for _, i := range idx {
		key, ok := constString(unboxed(elems[i]))
		if !ok || !keyLike(key) {
			continue
		}
		v, ok := elems[i+1]
		if !ok {
			continue
		}
		mi, boxed := v.(*ssa.MakeInterface)
		if !boxed || !isStringish(mi.X.Type()) {
			continue
		}
		if _, isConst := mi.X.(*ssa.Const); isConst {
			continue
		}
		if k := st.keySourceAs(key, v, at, "log key ", func() bool { return true }, true); k != nil {
			st.set(mi, k)
		}
	}
}

// unboxed returns the value an interface conversion boxes, or v.
func unboxed(v ssa.Value) ssa.Value {
	if mi, ok := v.(*ssa.MakeInterface); ok {
		return mi.X
	}
	return v
}

// keyLike reports whether s reads as a log key (username, remote_addr,
// client-ip) rather than a message or a format: one word of letters,
// digits, '_', '-' and '.'.
func keyLike(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '_', r == '-', r == '.':
		default:
			return false
		}
	}
	return true
}
