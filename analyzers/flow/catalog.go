package flow

import (
	"fmt"
	"go/types"
	"maps"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/privlint/privlint/rules"
	"github.com/privlint/privlint/rules/policy"
)

// catalog is the embedded sink catalog extended by the policy, indexed.
type catalog struct {
	storage, log, writers *rules.FuncSet
	thirdParty            *rules.FuncSet
	requests, sources     *rules.FuncSet
	sanitizers            *rules.FuncSet
	barriers              *rules.FuncSet
	ciphers, encoders     *rules.FuncSet
	backends              *rules.FuncSet
	hosts                 []*rules.Host
	all                   *rules.FuncSet // every entry above, for known
	encTypes              []*rules.Func  // Names are type names
	fromPolicy            map[*rules.Func]bool
}

// lastCatalog caches the catalog built for the last policy seen: every
// package of a run has the same policy, so the catalog is parsed and
// indexed once per process, not once per package. One entry keeps memory
// bounded; a catalog is immutable and safe for concurrent use.
var lastCatalog atomic.Pointer[policyCatalog]

type policyCatalog struct {
	pol *policy.Policy
	cat *catalog
}

// catalogFor returns the catalog for pol, built once per policy.
func catalogFor(pol *policy.Policy) (*catalog, error) {
	if e := lastCatalog.Load(); e != nil && e.pol == pol {
		return e.cat, nil
	}
	c, err := newCatalog(pol)
	if err != nil {
		return nil, err
	}
	lastCatalog.Store(&policyCatalog{pol: pol, cat: c})
	return c, nil
}

func newCatalog(pol *policy.Policy) (*catalog, error) {
	def, err := rules.DefaultSinks()
	if err != nil {
		return nil, fmt.Errorf("loading the sink catalog: %w", err)
	}
	storage := slices.Clone(def.Storage)
	logs := slices.Clone(def.Log)
	thirdParty := slices.Clone(def.ThirdParty)
	sanitizers := slices.Clone(def.Sanitizers)
	c := &catalog{fromPolicy: map[*rules.Func]bool{}}
	add := func(list *[]*rules.Func, names []string, what, key string, recipient string) error {
		for _, n := range names {
			f, err := rules.ParseFuncName(n)
			if err != nil {
				return fmt.Errorf("%s: %s: %w", policyName(pol), key, err)
			}
			f.What = what
			f.Recipient = recipient
			c.fromPolicy[f] = true
			*list = append([]*rules.Func{f}, *list...)
		}
		return nil
	}
	if err := add(&storage, pol.Sinks.Storage, "storage", "sinks.storage", ""); err != nil {
		return nil, err
	}
	if err := add(&logs, pol.Sinks.Log, "the log", "sinks.log", ""); err != nil {
		return nil, err
	}
	names := slices.Sorted(maps.Keys(pol.Sinks.ThirdParty))
	for _, name := range names {
		what := name
		if tp, ok := pol.ThirdParties[name]; ok && tp.Name != "" {
			what = tp.Name
		}
		if err := add(&thirdParty, pol.Sinks.ThirdParty[name], what, "sinks.third_party."+name, name); err != nil {
			return nil, err
		}
	}
	if err := add(&sanitizers, pol.Encryption.Functions, "", "encryption.functions", ""); err != nil {
		return nil, err
	}
	for _, t := range pol.Encryption.Types {
		f, err := rules.ParseFuncName(t)
		if err != nil {
			return nil, fmt.Errorf("%s: encryption.types: %w", policyName(pol), err)
		}
		c.encTypes = append(c.encTypes, f)
	}
	c.storage, c.log, c.writers = rules.NewFuncSet(storage), rules.NewFuncSet(logs), rules.NewFuncSet(def.Writers)
	c.thirdParty, c.requests, c.sources = rules.NewFuncSet(thirdParty), rules.NewFuncSet(def.Requests), rules.NewFuncSet(def.Sources)
	c.sanitizers, c.barriers = rules.NewFuncSet(sanitizers), rules.NewFuncSet(def.Barriers)
	c.ciphers, c.encoders = rules.NewFuncSet(def.Ciphers), rules.NewFuncSet(def.Encoders)
	c.backends, c.hosts = rules.NewFuncSet(def.Backends), def.Hosts
	c.all = rules.NewFuncSet(slices.Concat(storage, logs, def.Writers, thirdParty, def.Requests, def.Sources, sanitizers, def.Barriers))
	return c, nil
}

func policyName(pol *policy.Policy) string {
	if pol.Path == "" {
		return "privlint.yaml"
	}
	return pol.Path
}

// known reports whether fn is in one of the catalog's lists.
func (c *catalog) known(fn *types.Func) bool {
	pkg, recv, name := funcID(fn)
	return c.all.Find(pkg, recv, name) != nil
}

// funcID splits a function into import path, receiver type name and name.
func funcID(fn *types.Func) (pkg, recv, name string) {
	if fn.Pkg() != nil {
		pkg = fn.Pkg().Path()
	}
	name = fn.Name()
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		t := sig.Recv().Type()
		if p, ok := t.(*types.Pointer); ok {
			t = p.Elem()
		}
		if n, ok := types.Unalias(t).(*types.Named); ok {
			recv = n.Obj().Name()
			if n.Obj().Pkg() != nil {
				pkg = n.Obj().Pkg().Path()
			}
		}
	}
	return pkg, recv, name
}

// library returns the import path of a catalog sink's library, whose own
// types (request and parameter structs of an SDK) count by what is stored
// in them, not by the personal-data fields they declare; "" for a sink the
// policy adds (it is the program's own code, whose types count whole).
func (c *catalog) library(f *rules.Func, pkg string) string {
	if c.fromPolicy[f] {
		return ""
	}
	return pkg
}

// sameLibrary reports whether the packages lib and pkg are one the other
// or nested in it (github.com/stripe/stripe-go/v76 and its customer package).
func sameLibrary(lib, pkg string) bool {
	if lib == "" || pkg == "" {
		return false
	}
	return lib == pkg || strings.HasPrefix(pkg, lib+"/") || strings.HasPrefix(lib, pkg+"/")
}

// namedPkg returns the import path of the named type t refers to, through
// pointers, slices, arrays and maps.
func namedPkg(t types.Type) string {
	for i := 0; i < 8; i++ {
		switch u := types.Unalias(t).(type) {
		case *types.Pointer:
			t = u.Elem()
		case *types.Slice:
			t = u.Elem()
		case *types.Array:
			t = u.Elem()
		case *types.Map:
			t = u.Elem()
		case *types.Named:
			if u.Obj().Pkg() == nil {
				return ""
			}
			return u.Obj().Pkg().Path()
		default:
			return ""
		}
	}
	return ""
}

// encryptedType reports whether t is one of the policy's encryption.types.
func (c *catalog) encryptedType(t types.Type) bool {
	if len(c.encTypes) == 0 {
		return false
	}
	for {
		p, ok := types.Unalias(t).(*types.Pointer)
		if !ok {
			break
		}
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	for _, f := range c.encTypes {
		// ParseFuncName reads "pkg.Type" as a function named Type.
		if f.Matches(n.Obj().Pkg().Path(), "", n.Obj().Name()) {
			return true
		}
	}
	return false
}
