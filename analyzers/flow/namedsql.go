package flow

import (
	"bufio"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"sync"

	"go/token"
	"go/types"

	"golang.org/x/tools/go/ssa"

	"github.com/privlint/privlint/rules"
	"github.com/privlint/privlint/rules/safefile"
)

// Named queries: an application that keeps its SQL in .sql files
// (goyesql, yesql: "-- name: update-user" above each statement) prepares
// each statement into a field of a struct, tagged with its name
// (UpdateUser *sqlx.Stmt `query:"update-user"`), and runs it with
// q.UpdateUser.Exec(id, u.Password). The call holds no SQL text: the
// statement's text is read from the module's .sql files by its name, so
// that a SELECT or a DELETE is no write, a statement that hashes what it
// binds (CRYPT($2, GEN_SALT('bf'))) protects it, and an INSERT run with
// Get (INSERT … RETURNING id) is a write.

// queryTag is the struct tag key that names a prepared statement's query.
const queryTag = "query"

// Limits of the search for named queries: the files read, the bytes of
// one file, and the bytes of all of them. A module past them keeps the
// statements found so far; one not found is judged as without its text.
const (
	maxQueryFiles     = 2000
	maxQueryFileBytes = 4 << 20
	maxQueryBytes     = 64 << 20
)

// queryName matches the line that names the statement after it.
var queryName = regexp.MustCompile(`^\s*--\s*name\s*:\s*(\S+)\s*$`)

// namedQueries are the named statements of one module's .sql files.
type namedQueries struct {
	once sync.Once
	text map[string]string // name → text; "" when the name has two texts
}

// queriesByRoot caches the named queries of each module root for the run.
var queriesByRoot sync.Map // string → *namedQueries

// stmtMethods are the methods of a prepared statement (database/sql's
// Stmt, sqlx's Stmt and NamedStmt) that run it, with the number of
// leading arguments that are not bound to it (a context, a destination).
var stmtMethods = map[string]int{
	"Exec": 0, "MustExec": 0, "Query": 0, "QueryRow": 0, "Queryx": 0, "QueryRowx": 0,
	"ExecContext": 1, "MustExecContext": 1, "QueryContext": 1, "QueryRowContext": 1,
	"QueryxContext": 1, "QueryRowxContext": 1, "Get": 1, "Select": 1,
	"GetContext": 2, "SelectContext": 2,
}

// stmtCall handles a call that runs a prepared statement whose text is
// known by its name (see above). It reports whether it did: false for
// any other call, a statement whose text is not found, and a read run by
// a method that is no storage sink (Get, Query), which is judged as any
// other call.
func (st *fnState) stmtCall(c *callSite, pkg, recv, name string) bool {
	skip, ok := stmtMethods[name]
	if !ok || c.recv == nil || skip > len(c.args) {
		return false
	}
	if pkg != "database/sql" && !sameLibrary("github.com/jmoiron/sqlx", pkg) {
		return false
	}
	if recv != "Stmt" && recv != "NamedStmt" {
		return false
	}
	text, ok := st.a.stmtText(c.recv)
	if !ok {
		return false
	}
	bound := c.args[skip:]
	if !rules.IsWriteSQL(text) {
		if !strings.HasPrefix(name, "Exec") && !strings.HasPrefix(name, "MustExec") {
			return false
		}
		// A SELECT or a DELETE run with Exec: what it binds finds rows.
		for _, x := range bound {
			st.useDeep(x)
		}
		return true
	}
	ref := SinkRef{Kind: KindStorage, What: "a SQL database", Package: pkg}
	if t, ok := st.sqlArgs(c, text, bound); ok {
		ref.Call = st.a.callText(c.instr)
		ref.Pos = st.a.posString(c.instr.Pos())
		st.reach(c.instr, ref, t, false)
		return true
	}
	args := bound
	if look := st.a.sqlLookupsOnce(text); len(look) > 0 {
		if elems, ok := boundArgs(c, bound); ok {
			args = nil
			for i := range len(elems) {
				if x, ok := elems[i]; ok && !look[i] {
					args = append(args, x)
				}
			}
		}
	}
	st.reachSink(c, ref, args, false, pkg)
	return true
}

// stmtText returns the text of the named query whose prepared statement
// v is: a load of a struct field tagged query:"name", whose name one of
// the module's .sql files defines once.
func (a *analysis_) stmtText(v ssa.Value) (string, bool) {
	name, ok := queryFieldName(v)
	if !ok {
		return "", false
	}
	q := a.namedQueries()
	if q == nil {
		return "", false
	}
	text := q.text[name]
	return text, text != ""
}

// queryFieldName returns the query:"…" tag of the struct field v is
// loaded from, through the embedded fields a promoted method selects
// (sqlx.Stmt's Exec is its embedded *sql.Stmt's).
func queryFieldName(v ssa.Value) (string, bool) {
	for range 8 {
		var st *types.Struct
		var base ssa.Value
		field := -1
		switch x := v.(type) {
		case *ssa.UnOp:
			fa, ok := x.X.(*ssa.FieldAddr)
			if x.Op != token.MUL || !ok {
				return "", false
			}
			if p, ok := fa.X.Type().Underlying().(*types.Pointer); ok {
				st, _ = p.Elem().Underlying().(*types.Struct)
			}
			field, base = fa.Field, fa.X
		case *ssa.Field:
			st, _ = x.X.Type().Underlying().(*types.Struct)
			field, base = x.Field, x.X
		}
		if st == nil || field < 0 || field >= st.NumFields() {
			return "", false
		}
		if st.Field(field).Embedded() {
			v = base
			continue
		}
		name, ok := reflect.StructTag(st.Tag(field)).Lookup(queryTag)
		name = strings.TrimSpace(name)
		return name, ok && name != "" && name != "-"
	}
	return "", false
}

// namedQueries returns the named queries of the module the package
// belongs to (the nearest directory holding go.mod above its files), read
// once per run; nil when the package has no files.
func (a *analysis_) namedQueries() *namedQueries {
	if a.queries != nil {
		return a.queries
	}
	if len(a.pass.Files) == 0 {
		return nil
	}
	dir := filepath.Dir(a.pass.Fset.File(a.pass.Files[0].Pos()).Name())
	root := moduleRoot(dir)
	v, _ := queriesByRoot.LoadOrStore(root, &namedQueries{})
	q := v.(*namedQueries)
	q.once.Do(func() { q.text = readNamedQueries(root, safefile.RepoRoot(dir)) })
	a.queries = q
	return q
}

// moduleRoot returns the nearest directory at or above dir that holds
// go.mod, else dir; absolute.
func moduleRoot(dir string) string {
	d, err := filepath.Abs(dir)
	if err != nil {
		return filepath.Clean(dir)
	}
	for cur := d; ; {
		if fi, err := os.Lstat(filepath.Join(cur, "go.mod")); err == nil && fi.Mode().IsRegular() {
			return cur
		}
		parent := filepath.Dir(cur)
		if parent == cur {
			return d
		}
		cur = parent
	}
}

// readNamedQueries reads the named statements of the .sql files under
// root (not in hidden, vendor, node_modules or testdata directories, nor
// in nested modules), opened only inside confine. A file that cannot be
// read adds nothing: its statements are judged as without their text.
func readNamedQueries(root, confine string) map[string]string {
	out := map[string]string{}
	files, total := 0, int64(0)
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if d != nil && d.IsDir() && path != root {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if path == root {
				return nil
			}
			n := d.Name()
			if strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") || n == "vendor" || n == "node_modules" || n == "testdata" {
				return fs.SkipDir
			}
			if _, err := os.Lstat(filepath.Join(path, "go.mod")); err == nil {
				return fs.SkipDir // another module
			}
			return nil
		}
		if !strings.EqualFold(filepath.Ext(path), ".sql") || !d.Type().IsRegular() {
			return nil
		}
		if files >= maxQueryFiles || total >= maxQueryBytes {
			return fs.SkipAll
		}
		files++
		n, err := readQueryFile(path, confine, out)
		total += n
		_ = err // an unreadable file names no statement
		return nil
	})
	return out
}

// readQueryFile adds the named statements of one file to out and returns
// the bytes read.
func readQueryFile(path, confine string, out map[string]string) (int64, error) {
	f, err := safefile.Open(path, confine)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	cr := &countReader{r: io.LimitReader(f, maxQueryFileBytes)}
	sc := bufio.NewScanner(cr)
	sc.Buffer(make([]byte, 0, 64<<10), maxQueryFileBytes)
	name := ""
	var b strings.Builder
	flush := func() {
		if name == "" {
			return
		}
		text := strings.TrimSpace(b.String())
		if old, seen := out[name]; seen && old != text {
			text = "" // two texts under one name: neither is known
		}
		out[name] = text
	}
	for sc.Scan() {
		line := sc.Text()
		if m := queryName.FindStringSubmatch(line); m != nil {
			flush()
			name = m[1]
			b.Reset()
			continue
		}
		if name != "" {
			b.WriteString(line)
			b.WriteByte('\n')
		}
	}
	flush()
	return cr.n, sc.Err()
}

// countReader counts the bytes read through it.
type countReader struct {
	r io.Reader
	n int64
}

func (c *countReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}
