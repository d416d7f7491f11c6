package flow

import (
	"go/constant"
	"go/token"

	"golang.org/x/tools/go/ssa"
)

// The part of an e-mail address after its "@" is the mail domain: a
// company's or a mail provider's name, shared by everyone who has an
// address there, so it identifies no one. Code that checks where mail
// comes from cuts it out (strings.Split(from, "@"), strings.Cut) and logs
// it; what it logs is not the person's address. The part before the "@"
// (the mailbox) keeps what the address holds.

// stdCall returns the standard-library function c calls by its name in
// package pkg ("strings"), or "" if it calls something else.
func stdCall(v ssa.Value, pkg string) (string, *ssa.Call) {
	c, ok := v.(*ssa.Call)
	if !ok {
		return "", nil
	}
	fn, ok := c.Call.Value.(*ssa.Function)
	if !ok || fn.Pkg == nil || fn.Pkg.Pkg.Path() != pkg || fn.Signature.Recv() != nil {
		return "", nil
	}
	return fn.Name(), c
}

// atSign reports whether v is the constant string "@".
func atSign(v ssa.Value) bool {
	s, ok := constString(v)
	return ok && s == "@"
}

// domainElement reports whether the element x addresses is not the first
// of a string split at "@" (strings.Split(addr, "@")[1], parts[len(parts)-1]
// of such a split): it is the domain, or what follows a second "@".
func domainElement(x *ssa.IndexAddr) bool {
	name, c := stdCall(x.X, "strings")
	switch name {
	case "Split", "SplitN", "SplitAfter", "SplitAfterN":
	default:
		return false
	}
	if !atSign(c.Call.Args[1]) {
		return false
	}
	if k, ok := x.Index.(*ssa.Const); ok && k.Value != nil && k.Value.Kind() == constant.Int {
		return constant.Sign(k.Value) > 0
	}
	// parts[len(parts)-1]: the last part.
	sub, ok := x.Index.(*ssa.BinOp)
	if !ok || sub.Op != token.SUB {
		return false
	}
	ln, ok := sub.X.(*ssa.Call)
	if !ok || len(ln.Call.Args) != 1 || ln.Call.Args[0] != x.X {
		return false
	}
	if b, ok := ln.Call.Value.(*ssa.Builtin); !ok || b.Name() != "len" {
		return false
	}
	k, ok := sub.Y.(*ssa.Const)
	return ok && k.Value != nil && k.Value.Kind() == constant.Int && constant.Sign(k.Value) > 0
}

// domainAfterCut reports whether e is what follows the "@" that
// strings.Cut(addr, "@") cut at.
func domainAfterCut(e *ssa.Extract) bool {
	if e.Index != 1 {
		return false
	}
	name, c := stdCall(e.Tuple, "strings")
	return name == "Cut" && atSign(c.Call.Args[1])
}

// domainSlice reports whether s is addr[strings.Index(addr, "@")+1:] (or
// LastIndex, IndexByte with '@'): the text after the "@".
func domainSlice(s *ssa.Slice) bool {
	if s.Low == nil || s.High != nil || !isString(s.X.Type()) {
		return false
	}
	add, ok := s.Low.(*ssa.BinOp)
	if !ok || add.Op != token.ADD {
		return false
	}
	k, ok := add.Y.(*ssa.Const)
	if !ok || k.Value == nil || k.Value.Kind() != constant.Int || constant.Sign(k.Value) <= 0 {
		return false
	}
	name, c := stdCall(add.X, "strings")
	switch name {
	case "Index", "LastIndex":
		return sameValue(c.Call.Args[0], s.X) && atSign(c.Call.Args[1])
	case "IndexByte", "LastIndexByte":
		b, ok := c.Call.Args[1].(*ssa.Const)
		return ok && sameValue(c.Call.Args[0], s.X) && b.Value != nil && b.Value.Kind() == constant.Int &&
			constant.Compare(b.Value, token.EQL, constant.MakeInt64('@'))
	}
	return false
}

// sameValue reports whether a and b are the same value, or reads of the
// same field of the same struct value or address (m.Email written twice
// in one expression).
func sameValue(a, b ssa.Value) bool {
	if a == b {
		return true
	}
	switch a := a.(type) {
	case *ssa.Field:
		b, ok := b.(*ssa.Field)
		return ok && a.X == b.X && a.Field == b.Field
	case *ssa.UnOp:
		b, ok := b.(*ssa.UnOp)
		if !ok || a.Op != token.MUL || b.Op != token.MUL {
			return false
		}
		fa, ok1 := a.X.(*ssa.FieldAddr)
		fb, ok2 := b.X.(*ssa.FieldAddr)
		return ok1 && ok2 && fa.X == fb.X && fa.Field == fb.Field
	}
	return false
}
