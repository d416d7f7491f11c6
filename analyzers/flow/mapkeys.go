package flow

import (
	"go/types"
	"strconv"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/internal/classifier"
	"github.com/privlint/privlint/rules"
)

// mapKeySource returns the source that a map update's constant key
// declares for its value: log fields built as log.Context{"email_to": to}
// or m["phone_number"] = n name what they hold by the key, whatever the
// value was computed from (a header read by a helper, a parameter). Only a
// key the classifier reads as personal data by its name alone (the bar a
// struct field's name must pass: no weak or context-only pattern, nothing
// marked protected) counts, and only for a string-like or interface value
// that is not a constant and carries no source the analysis already
// follows: a value's own source keeps its category, and a count or a flag
// stored under a personal key is no data. A parameter's value counts: the
// key names what the function writes whatever its callers pass.
func (st *fnState) mapKeySource(in *ssa.MapUpdate) set {
	key, ok := constString(in.Key)
	if !ok || key == "" || len(key) > 64 {
		return nil
	}
	v := in.Value
	if mi, ok := v.(*ssa.MakeInterface); ok {
		v = mi.X
	}
	if _, isConst := v.(*ssa.Const); isConst {
		return nil
	}
	if _, isIface := v.Type().Underlying().(*types.Interface); !isIface && !isStringish(v.Type()) {
		return nil
	}
	for _, l := range st.deep(in.Value) {
		if _, ok := isParam(l); !ok {
			return nil
		}
	}
	m, ok := st.a.env.Classifier.Name(key, classifier.Context{Kind: classifier.KindString})
	if !ok || m.Category == "" || m.Protected || !rules.IsPersonal(m.Category) {
		return nil
	}
	sym := "map key " + strconv.Quote(key)
	return single(st.a.intern(&Source{
		Category:   m.Category,
		Symbol:     sym,
		Pos:        st.a.posString(in.Pos()),
		DetectedBy: "name",
		Evidence:   m.Details,
		Sensitive:  m.Sensitive,
	}))
}
