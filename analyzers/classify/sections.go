package classify

import (
	"go/types"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/internal/classifier"
)

// configSections returns the names of the struct types pkg declares at
// package level that a configuration type of pkg holds as a member, at
// any depth (Config.Web of type Web, Web.ClientRemoteIP of type
// ClientRemoteIP; through a pointer, a slice, an array, a map's values or
// an anonymous struct): the sections of the configuration. Their members
// are settings, as those of an anonymous struct nested in a
// configuration type are (classifier.Object's InConfig): a person's type
// among them keeps its data by its name, and a type named for a datum
// (RecoveryCode, Password) is no section: it holds that datum wherever it
// is held (a person's recovery codes in their credential's LookupConfig).
func configSections(env *config.Env, pkg *types.Package) map[string]bool {
	if pkg == nil {
		return nil
	}
	scope := pkg.Scope()
	var out map[string]bool
	var work []*types.Struct
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok || callOptions(name) || !env.Classifier.Config(classifier.Object{TypeName: name, Package: pkg.Name(), PackagePath: pkg.Path()}) {
			continue
		}
		work = append(work, st)
	}
	seen := map[*types.Struct]bool{}
	for len(work) > 0 {
		st := work[len(work)-1]
		work = work[:len(work)-1]
		if seen[st] {
			continue
		}
		seen[st] = true
		for i := range st.NumFields() {
			t := sectionElem(st.Field(i).Type())
			if inner, ok := t.(*types.Struct); ok {
				work = append(work, inner)
				continue
			}
			n, ok := t.(*types.Named)
			if !ok || n.Obj().Pkg() != pkg || n.TypeArgs().Len() > 0 {
				continue
			}
			inner, ok := n.Underlying().(*types.Struct)
			if !ok || out[n.Obj().Name()] || namesDatum(env, n.Obj().Name()) {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[n.Obj().Name()] = true
			work = append(work, inner)
		}
	}
	return out
}

// callOptions reports whether a type's name ends in a word for a call's
// parameters (FileOptions, ListOpts, CreateParams, RunArgs): a request
// bundles them, whatever it holds (an author's Identity, an *Issue), and
// is no configuration file whose sections hold settings.
func callOptions(name string) bool {
	words := classifier.Tokens(name)
	if len(words) == 0 {
		return false
	}
	switch words[len(words)-1] {
	case "options", "option", "opts", "opt", "params", "parameters", "args", "arguments":
		return true
	}
	return false
}

// sectionElem strips pointers, slices, arrays and maps (to their values)
// from t.
func sectionElem(t types.Type) types.Type {
	for range 8 {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		default:
			return types.Unalias(t)
		}
	}
	return t
}

// namesDatum reports whether a type's name, read as a member's, names
// personal data (RecoveryCode, Password, Email).
func namesDatum(env *config.Env, name string) bool {
	_, ok := env.Classifier.Name(name, classifier.Context{Kind: classifier.KindString})
	return ok
}
