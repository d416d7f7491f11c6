package classify

import (
	"go/types"
	"reflect"
	"slices"
	"sync"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/internal/classifier"
	"github.com/privlint/privlint/internal/directive"
	"github.com/privlint/privlint/rules"
)

// Analyzed is the package fact classify exports on every package it
// analyzes when the Env's Options.DepsFromExportData is set: a package
// without it was loaded from export data, no analyzer ran on it, and its
// struct types are classified from their type information (SPEC §10).
type Analyzed struct {
	Source bool // always true: the package was analyzed from source
}

// AFact marks Analyzed as an analysis fact.
func (*Analyzed) AFact() {}

// String describes the fact.
func (*Analyzed) String() string { return "analyzed" }

// depCache holds the classification of the packages loaded from export
// data, shared by the passes of one analyzer (one run): each package is
// classified once, whichever package first reads one of its fields.
type depCache struct {
	mu     sync.Mutex
	pkgs   map[depKey]*depPackage
	consts constTypes // the constants' types of every package (isEnum)
}

type depKey struct {
	env *config.Env
	pkg *types.Package
}

type depPackage struct {
	once   sync.Once
	fields map[*types.Var]*Field
}

// fields returns the personal-data fields of the struct types pkg
// declares at package level, classified from their type information under
// env.
func (c *depCache) fields(env *config.Env, pkg *types.Package) map[*types.Var]*Field {
	c.mu.Lock()
	if c.pkgs == nil {
		c.pkgs = map[depKey]*depPackage{}
	}
	k := depKey{env, pkg}
	d := c.pkgs[k]
	if d == nil {
		d = &depPackage{}
		c.pkgs[k] = d
	}
	c.mu.Unlock()
	d.once.Do(func() { d.fields = classifyTypes(env, pkg, c) })
	return d.fields
}

// classifyTypes classifies the fields of the struct types pkg declares at
// package level as the source classification does, from what export data
// keeps: field names, types and tags (pii, mask, purpose and the naming
// tags). Comments are not kept, so //privlint: directives of a dependency
// do not count; its purpose tags do.
func classifyTypes(env *config.Env, pkg *types.Package, cache *depCache) map[*types.Var]*Field {
	memo := map[*types.TypeName]bool{}
	isEnum := func(obj *types.TypeName) bool { return enumIn(memo, &cache.consts, obj) }
	var pending []*pendingField
	sections := configSections(env, pkg)
	scope := pkg.Scope()
	for _, name := range scope.Names() {
		tn, ok := scope.Lookup(name).(*types.TypeName)
		if !ok || tn.IsAlias() {
			continue
		}
		st, ok := tn.Type().Underlying().(*types.Struct)
		if !ok {
			continue
		}
		pending = append(pending, typeStruct(env, st, name, name, nil, "", false, sections[name], isEnum)...)
	}
	out := map[*types.Var]*Field{}
	var record func(ps []*pendingField)
	record = func(ps []*pendingField) {
		for _, p := range ps {
			if p.info != nil {
				out[p.info.Var] = p.info.Fact
			}
			record(p.nested)
		}
	}
	record(pending)
	// Holders, as resolveHolders decides them for a source package.
	var mark func(ps []*pendingField)
	mark = func(ps []*pendingField) {
		for _, p := range ps {
			mark(p.nested)
			if p.info == nil || p.kind != classifier.KindStruct {
				continue
			}
			if hasPersonal(p.nested) || typeHasPersonal(env, pkg, p.info.Var.Type(), out, cache, map[types.Type]bool{}) {
				p.info.Fact.Holder = true
			}
		}
	}
	mark(pending)
	return out
}

// typeStruct is structType for a struct known from its type information.
func typeStruct(env *config.Env, st *types.Struct, holder, symbol string, purp []string, from string, inPerson, inConfig bool, isEnum func(*types.TypeName) bool) []*pendingField {
	var vars []*types.Var
	var tags []reflect.StructTag
	var members []classifier.Member
	for i := range st.NumFields() {
		v := st.Field(i)
		if v.Name() == "_" {
			continue
		}
		tag := reflect.StructTag(st.Tag(i))
		vars = append(vars, v)
		tags = append(tags, tag)
		members = append(members, describe(env, tag, v.Name(), v, isEnum, nil))
	}
	pkg, path := "", "" // the declaring package, known from any field
	if len(vars) > 0 && vars[0].Pkg() != nil {
		pkg, path = vars[0].Pkg().Name(), vars[0].Pkg().Path()
	}
	loaded, fromEnv := false, false
	for _, tag := range tags {
		l, e := loaderTagged(tag)
		loaded, fromEnv = loaded || l, fromEnv || e
	}
	obj := classifier.Object{TypeName: holder, Package: pkg, PackagePath: path, PersonLike: inPerson, InConfig: inConfig, Loaded: loaded, FromEnv: fromEnv, Members: members}
	matches, personLike := env.Classifier.Judge(obj)
	config := env.Classifier.Config(obj)
	var out []*pendingField
	for i, v := range vars {
		fieldPurp, fieldFrom := purp, from
		if val, ok := tags[i].Lookup("purpose"); ok {
			fieldPurp, fieldFrom = directive.SplitList(val), FromField
		}
		sym := symbol + "." + v.Name()
		var nested []*pendingField
		t := types.Unalias(v.Type())
		if p, ok := t.(*types.Pointer); ok {
			t = types.Unalias(p.Elem())
		}
		if inner, ok := t.(*types.Struct); ok {
			// A datum's own structure (a picture's sizes) is not the person's.
			inPersonNested := personLike && !env.Classifier.Datum(matches[i])
			nested = typeStruct(env, inner, v.Name(), sym, fieldPurp, fieldFrom, inPersonNested, config, isEnum)
		}
		match := matches[i]
		pf := &pendingField{nested: nested, kind: members[i].Kind}
		if match.Category != "" && rules.IsPersonal(match.Category) {
			purposes := slices.Clone(fieldPurp)
			slices.Sort(purposes)
			purposes = slices.Compact(purposes)
			src := fieldFrom
			if len(purposes) == 0 {
				src, purposes = "", nil
			}
			encrypted := false
			if val, ok := tags[i].Lookup("pii"); ok {
				encrypted = parsePIITag(val).encrypted
			}
			pf.info = &Info{
				Var: v,
				Fact: &Field{
					Category:   match.Category,
					DetectedBy: string(match.By),
					Evidence:   match.Details,
					Pattern:    match.Pattern,
					Purposes:   purposes,
					From:       src,
					Protected:  match.Protected,
					Spent:      match.Spent,
					Encrypted:  encrypted,
					Sensitive:  match.Sensitive,
					Special:    match.Special,
					Symbol:     sym,
				},
			}
		}
		out = append(out, pf)
	}
	return out
}

// typeHasPersonal is namedHasPersonal for a package loaded from export
// data: the struct type behind t has a personal-data field, known from
// pkg's own fields or from the classification of the package declaring
// it.
func typeHasPersonal(env *config.Env, pkg *types.Package, t types.Type, own map[*types.Var]*Field, cache *depCache, seen map[types.Type]bool) bool {
	st := structBehind(t, seen)
	if st == nil {
		return false
	}
	for i := range st.NumFields() {
		f := st.Field(i)
		switch {
		case f.Pkg() == nil:
		case f.Pkg() == pkg:
			if own[f.Origin()] != nil {
				return true
			}
		default:
			if cache.fields(env, f.Pkg())[f.Origin()] != nil {
				return true
			}
		}
	}
	return false
}
