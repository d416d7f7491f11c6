package config

import (
	"fmt"
	"go/types"
	"maps"
	"slices"

	"github.com/privlint/privlint/rules"
	"github.com/privlint/privlint/rules/policy"
)

// Sinks is the embedded sink catalog (rules/sinks.yaml) extended by the
// policy's sinks and encryption settings, indexed for lookup.
type Sinks struct {
	Storage, Log, Writers *rules.FuncSet
	ThirdParty            *rules.FuncSet
	Requests, Sources     *rules.FuncSet
	Sanitizers            *rules.FuncSet
	Barriers              *rules.FuncSet
	// Ciphers are encryption constructors and calls whose key and nonce
	// PL105 judges; Encoders are encodings (base64, hex) that protect
	// nothing.
	Ciphers, Encoders *rules.FuncSet
	// Backends name the service a client talks to from how it was built
	// (an LLM client's backend).
	Backends *rules.FuncSet
	// Accumulators add their arguments to the builder object they are
	// called on (m.AddRecipient(email), req.Header.Set(k, v)).
	Accumulators *rules.FuncSet
	// URLCalls put their string arguments into the URL of the call object
	// they return (a generated REST client's Members.HasMember(group, email)).
	URLCalls *rules.FuncSet
	// Hosts map well-known service hosts to their recipient.
	Hosts []*rules.Host
	// All holds every entry above, for telling catalogued functions apart.
	All        *rules.FuncSet
	encTypes   []*rules.Func // Names are type names
	fromPolicy map[*rules.Func]bool
}

func newSinks(pol *policy.Policy) (*Sinks, error) {
	def, err := rules.DefaultSinks()
	if err != nil {
		return nil, fmt.Errorf("loading the sink catalog: %w", err)
	}
	storage := slices.Clone(def.Storage)
	logs := slices.Clone(def.Log)
	thirdParty := slices.Clone(def.ThirdParty)
	sanitizers := slices.Clone(def.Sanitizers)
	c := &Sinks{fromPolicy: map[*rules.Func]bool{}}
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
	c.Storage, c.Log, c.Writers = rules.NewFuncSet(storage), rules.NewFuncSet(logs), rules.NewFuncSet(def.Writers)
	c.ThirdParty, c.Requests, c.Sources = rules.NewFuncSet(thirdParty), rules.NewFuncSet(def.Requests), rules.NewFuncSet(def.Sources)
	c.Sanitizers, c.Barriers = rules.NewFuncSet(sanitizers), rules.NewFuncSet(def.Barriers)
	c.Ciphers, c.Encoders = rules.NewFuncSet(def.Ciphers), rules.NewFuncSet(def.Encoders)
	c.Backends, c.Hosts = rules.NewFuncSet(def.Backends), def.Hosts
	c.Accumulators, c.URLCalls = rules.NewFuncSet(def.Accumulators), rules.NewFuncSet(def.URLCalls)
	// Sends of built requests (client.Do) and accumulators say nothing a
	// helper's summary could carry (a parameter's request is not known
	// to have been built by a catalog constructor; what a method keeps in
	// its receiver is no summary edge): calling them does not make a
	// package a helper worth analysing.
	builds := slices.DeleteFunc(slices.Clone(def.Requests), func(f *rules.Func) bool { return f.Request != nil })
	c.All = rules.NewFuncSet(slices.Concat(storage, logs, def.Writers, thirdParty, builds, def.Sources, sanitizers, def.Barriers, def.URLCalls))
	return c, nil
}

func policyName(pol *policy.Policy) string {
	if pol.Path == "" {
		return "privlint.yaml"
	}
	return pol.Path
}

// FromPolicy reports whether f is a sink the policy adds (the program's
// own code) rather than one of the embedded catalog (a library).
func (c *Sinks) FromPolicy(f *rules.Func) bool { return c.fromPolicy[f] }

// EncryptedType reports whether t is one of the policy's encryption.types.
func (c *Sinks) EncryptedType(t types.Type) bool {
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
