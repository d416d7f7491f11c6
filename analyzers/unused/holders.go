package unused

import (
	"fmt"
	"go/types"
	"maps"
	"path/filepath"
	"slices"

	"github.com/privlint/privlint/analyzers/internal/typewalk"
	"github.com/privlint/privlint/finding"
)

// A decoder fills everything its target holds, but the program keeps
// only the struct values it reads. A struct reached through a field that
// no code of the program reads (no selector names it, no encoder or
// template reads a value that holds it) is decoded and dropped with the
// response: the bot's own account in the reply to a message a program
// sends (Message.From, never read) is not collected by the program,
// however many personal fields it has. So a decoder's write of a field
// nested under such a field (a holder: its value is a struct, through
// pointers, slices, arrays and maps) is conditional: it counts only when
// the program reads every holder on the way from the decoded value to
// the field (Use.Via). Embedded fields are no holders: their fields are
// the embedding struct's own.

// holderField reports whether v's value is a struct (through pointers,
// slices, arrays and maps) and v is not embedded.
func holderField(v *types.Var) bool {
	if v.Embedded() {
		return false
	}
	return typewalk.ElemStruct(v.Type()) != nil
}

// fieldID names a struct field stably across packages: its package,
// name and declaration (file base name and line: export data keeps
// lines, so a package and its importers agree).
func (s *state) fieldID(v *types.Var) string {
	v = v.Origin()
	if id, ok := s.fieldIDs[v]; ok {
		return id
	}
	pkg := ""
	if v.Pkg() != nil {
		pkg = v.Pkg().Path()
	}
	p := s.pass.Fset.Position(v.Pos())
	id := fmt.Sprintf("%s.%s@%s:%d", pkg, v.Name(), filepath.Base(p.Filename), p.Line)
	if s.fieldIDs == nil {
		s.fieldIDs = map[*types.Var]string{}
	}
	s.fieldIDs[v] = id
	return id
}

// readHolder records that the program reads the holder field v.
func (s *state) readHolder(v *types.Var) {
	if !holderField(v) {
		return
	}
	if s.holders == nil {
		s.holders = map[string]bool{}
	}
	s.holders[s.fieldID(v)] = true
}

// selectedHolder records the read of a holder that a selector, whose
// selection is selection, selects.
func (s *state) selectedHolder(selection *types.Selection) {
	if selection.Kind() != types.FieldVal {
		return
	}
	if v, ok := selection.Obj().(*types.Var); ok {
		s.readHolder(v)
	}
}

// decoded is a personal-data field a decoder fills, and the holders on
// the way from the decoded value to it.
type decoded struct {
	v   *types.Var
	via []string
}

// decodedFields returns the exported personal-data fields a decoder fills
// in a value of type t, each with the holders on the shortest way to it.
func (s *state) decodedFields(t types.Type) []decoded {
	if out, ok := s.decodes[t]; ok {
		return out
	}
	type item struct {
		t   types.Type
		via []string
	}
	var out []decoded
	seen := map[*types.Named]bool{}
	queue := []item{{t, nil}}
	for len(queue) > 0 && len(seen) <= maxReach {
		it := queue[0]
		queue = queue[1:]
		switch u := types.Unalias(it.t).(type) {
		case *types.Pointer:
			queue = append(queue, item{u.Elem(), it.via})
		case *types.Slice:
			queue = append(queue, item{u.Elem(), it.via})
		case *types.Array:
			queue = append(queue, item{u.Elem(), it.via})
		case *types.Map:
			queue = append(queue, item{u.Key(), it.via}, item{u.Elem(), it.via})
		case *types.Named:
			if seen[u] {
				continue
			}
			seen[u] = true
			if _, ok := u.Underlying().(*types.Struct); ok {
				queue = append(queue, item{u.Underlying(), it.via})
			}
		case *types.Struct:
			if len(it.via) > 10 {
				continue
			}
			for i := range u.NumFields() {
				f := u.Field(i)
				if !f.Exported() && !f.Embedded() {
					continue
				}
				if f.Exported() && s.personalVar(f) != "" {
					out = append(out, decoded{f, it.via})
				}
				via := it.via
				if holderField(f) {
					via = append(slices.Clip(it.via), s.fieldID(f))
				}
				queue = append(queue, item{f.Type(), via})
			}
		}
	}
	if s.decodes == nil {
		s.decodes = map[types.Type][]decoded{}
	}
	s.decodes[t] = out
	return out
}

// gated records that the write of u at pos counts only if the program
// reads every holder of via.
func gated(u *Use, pos finding.Position, via []string) {
	if len(via) == 0 {
		return
	}
	if u.Via == nil {
		u.Via = map[finding.Position][]string{}
	}
	if _, ok := u.Via[pos]; !ok {
		u.Via[pos] = via
	}
}

// open reports whether the program reads every holder of via.
func open(via []string, read map[string]bool) bool {
	for _, h := range via {
		if !read[h] {
			return false
		}
	}
	return true
}

// holderReads lists the holders the package reads, sorted.
func (s *state) holderReads() []string { return slices.Sorted(maps.Keys(s.holders)) }

// readHolders records the reads of the holders an encoder or a template
// reads from a value of type t: every exported (all, for fmt) holder
// field reachable from it, as reachableFields walks it.
func (s *state) readHolders(t types.Type, all bool) {
	k := reachKey{t, all}
	if _, ok := s.holdersOf[k]; ok {
		return // read once: the holders are marked already
	}
	var out []*types.Var
	eachReachable(t, all, func(f *types.Var) {
		if holderField(f) {
			out = append(out, f)
		}
	})
	if s.holdersOf == nil {
		s.holdersOf = map[reachKey]bool{}
	}
	s.holdersOf[k] = true
	for _, v := range out {
		s.readHolder(v)
	}
}
