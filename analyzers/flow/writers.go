package flow

import (
	"go/types"

	"golang.org/x/tools/go/ssa"
)

// KindWriter is a write into an io.Writer a function was given as a
// parameter (SinkRef.Writer says which): only summaries carry it, and a
// caller that knows what it passed (a file, standard output) turns it into
// a storage or log flow.
const KindWriter Kind = "writer"

// WriterSource says that a source inside a function is written into the
// io.Writer its parameter Sink.Writer-1 holds.
type WriterSource struct {
	Sink   SinkRef
	Source Source
}

// writerWrappers are the standard library's writers that write what they
// are given, encoded or buffered, to the writer they are made from, with
// the functions that make them and the methods that write.
var writerWrappers = map[string]bool{
	"bufio.Writer": true, "encoding/json.Encoder": true, "encoding/xml.Encoder": true,
	"encoding/gob.Encoder": true, "encoding/csv.Writer": true, "compress/gzip.Writer": true,
	"compress/zlib.Writer": true, "text/tabwriter.Writer": true,
}

var writerCtors = map[string]bool{
	"bufio.NewWriter": true, "bufio.NewWriterSize": true, "encoding/json.NewEncoder": true,
	"encoding/xml.NewEncoder": true, "encoding/gob.NewEncoder": true, "encoding/csv.NewWriter": true,
	"compress/gzip.NewWriter": true, "compress/gzip.NewWriterLevel": true, "compress/zlib.NewWriter": true,
	"compress/zlib.NewWriterLevel": true, "text/tabwriter.NewWriter": true,
}

var writeMethods = map[string]bool{
	"Write": true, "WriteString": true, "WriteByte": true, "WriteRune": true,
	"Encode": true, "EncodeElement": true, "WriteAll": true,
}

// wrapperWrite reports whether a method call writes through a writer
// wrapper (bw.WriteString, enc.Encode).
func wrapperWrite(pkg, recv, name string) bool {
	return writeMethods[name] && writerWrappers[pkg+"."+recv]
}

// writerDest says where an io.Writer value writes: "stdout", "stderr",
// "file" for another *os.File, "param" for a parameter of the function
// (param is its index), through the writer wrappers it was made with
// (bufio.NewWriter(f), json.NewEncoder(f)); a writer field of this
// package's logger that holds standard output or error (fieldWriters)
// counts as that; "" when unknown.
func (a *analysis_) writerDest(w ssa.Value) (dest string, param int) {
	for range 8 {
		if k := writerKind(w); k != "" {
			return k, 0
		}
		if k := a.loggerField(w); k != "" {
			return k, 0
		}
		w = unconvert(w, -1)
		if ci, ok := w.(*ssa.ChangeInterface); ok {
			w = ci.X
			continue
		}
		switch x := w.(type) {
		case *ssa.Parameter:
			if _, isIface := x.Type().Underlying().(*types.Interface); !isIface && !isOSFile(x.Type()) {
				return "", 0
			}
			for i, p := range x.Parent().Params {
				if p == x {
					return "param", i
				}
			}
			return "", 0
		case *ssa.Call:
			fn, ok := x.Call.Value.(*ssa.Function)
			if !ok || fn.Pkg == nil || len(x.Call.Args) == 0 {
				return "", 0
			}
			if !writerCtors[fn.Pkg.Pkg.Path()+"."+fn.Name()] {
				return "", 0
			}
			w = x.Call.Args[0]
			continue
		}
		return "", 0
	}
	return "", 0
}

func isOSFile(t types.Type) bool {
	p, ok := types.Unalias(t).(*types.Pointer)
	if !ok {
		return false
	}
	n, ok := types.Unalias(p.Elem()).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "os" && n.Obj().Name() == "File"
}

// writeTo records the data in args written into the writer w at call c:
// a log flow for standard output and error, a storage flow for a file, a
// summary entry for a writer parameter. It reports whether w's
// destination was known.
func (st *fnState) writeTo(c *callSite, w ssa.Value, args []ssa.Value, pkg string) bool {
	switch dest, p := st.a.writerDest(w); dest {
	case "stdout", "stderr":
		st.reachSink(c, SinkRef{Kind: KindLog, What: "standard " + map[string]string{"stdout": "output", "stderr": "error"}[dest], Package: pkg}, args, false, pkg)
	case "file":
		st.reachSink(c, SinkRef{Kind: KindStorage, What: "a file", Package: pkg}, args, false, pkg)
	case "param":
		st.reachSink(c, SinkRef{Kind: KindWriter, What: "a writer", Writer: p + 1, Package: pkg}, args, false, pkg)
	default:
		return false
	}
	return true
}

// writerRef turns a summary's write into writer parameter ref.Writer-1
// into the sink that the caller's argument for it is; ok is false when
// the caller does not know where it writes.
func (a *analysis_) writerRef(ref SinkRef, params []ssa.Value) (SinkRef, bool) {
	if ref.Writer-1 >= len(params) {
		return ref, false
	}
	dest, p := a.writerDest(params[ref.Writer-1])
	switch dest {
	case "stdout", "stderr":
		ref.Kind, ref.What = KindLog, "standard "+map[string]string{"stdout": "output", "stderr": "error"}[dest]
	case "file":
		ref.Kind, ref.What = KindStorage, "a file"
	case "param":
		ref.Writer = p + 1
		return ref, true
	default:
		return ref, false
	}
	ref.Writer = 0
	return ref, true
}

// applyWriterSources reports, at a call, the callee's sources written into
// a writer the caller passed.
func (st *fnState) applyWriterSources(c *callSite, s *Summary, params []ssa.Value) {
	for _, ws := range s.WriterSources {
		ref, ok := st.a.writerRef(ws.Sink, params)
		if !ok {
			continue
		}
		ref = st.throughHelper(c, ref)
		src := ws.Source
		src.Weak = st.localWeak(src.Weak, c)
		st.reach(c.instr, ref, single(st.a.intern(&src)), false)
	}
}
