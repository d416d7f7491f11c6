package schemacheck

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/privlint/privlint/rules"
)

// readerCorpora are the corpora of real SQL, GraphQL and Protocol
// Buffers files of other projects (each with its licence and source),
// their labels and floors (SOURCE.md in each directory).
var readerCorpora = map[string][]string{
	"sql":     {".sql", ".sql.gz"},
	"graphql": {".graphql", ".graphqls", ".gql"},
	"proto":   {".proto"},
}

// corpusFiles copies the files of corpus dir with one of the extensions
// exts into tmp (decompressing *.gz) and returns the copies, keyed by
// their path below dir.
func corpusFiles(t *testing.T, dir string, exts []string, tmp string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !slices.ContainsFunc(exts, func(x string) bool { return strings.HasSuffix(p, x) }) {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		defer f.Close()
		var r io.Reader = f
		if strings.HasSuffix(p, ".gz") {
			zr, err := gzip.NewReader(f)
			if err != nil {
				return fmt.Errorf("%s: %w", p, err)
			}
			r = io.LimitReader(zr, 64<<20)
		}
		data, err := io.ReadAll(r)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		dst := filepath.Join(tmp, filepath.FromSlash(strings.TrimSuffix(rel, ".gz")))
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(dst, data, 0o644); err != nil {
			return err
		}
		out[strings.TrimSuffix(rel, ".gz")] = dst
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestSQLCorpus scores the SQL reader and the classifier on the labelled
// SQL corpus (testdata/corpus/sql).
func TestSQLCorpus(t *testing.T) { scoreReaderCorpus(t, "sql") }

// TestGraphQLCorpus scores the GraphQL reader and the classifier on the
// labelled GraphQL corpus (testdata/corpus/graphql).
func TestGraphQLCorpus(t *testing.T) { scoreReaderCorpus(t, "graphql") }

// TestProtoCorpus scores the Protocol Buffers reader and the classifier
// on the labelled proto corpus (testdata/corpus/proto).
func TestProtoCorpus(t *testing.T) { scoreReaderCorpus(t, "proto") }

// scoreReaderCorpus scores one reader and the classifier on its labelled
// corpus: every property (column, field, argument) of every holder the
// files declare is labelled personal (with its category) or not; recall
// is the share of personal properties privlint finds, the false-positive
// rate the share of the others it reports, per project (the first
// directory below the corpus). The test fails when a figure passes the
// committed floor (floor.json), when a property has no label or a label
// names no property, and when a file has an error.
func scoreReaderCorpus(t *testing.T, kind string) {
	dir := filepath.Join("..", "testdata", "corpus", kind)
	tmp := t.TempDir()
	files := corpusFiles(t, dir, readerCorpora[kind], tmp)
	type label struct{ key, reason string }
	labels := map[string]label{} // file NUL holder.property
	lf, err := os.Open(filepath.Join(dir, "labels.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer lf.Close()
	sc := bufio.NewScanner(lf)
	for n := 1; sc.Scan(); n++ {
		if n == 1 {
			continue
		}
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 4 {
			t.Fatalf("labels.tsv:%d: want file, property, label, reason", n)
		}
		if f[2] != "not" && !strings.HasPrefix(f[2], "user") {
			t.Fatalf("labels.tsv:%d: label %q is neither a user.* key nor not", n, f[2])
		}
		if _, dup := labels[f[0]+"\x00"+f[1]]; dup {
			t.Fatalf("labels.tsv:%d: %s %s is labelled twice", n, f[0], f[1])
		}
		labels[f[0]+"\x00"+f[1]] = label{f[2], f[3]}
	}
	var floor map[string]struct {
		Recall            float64 `json:"recall"`
		FalsePositiveRate float64 `json:"falsePositiveRate"`
	}
	data, err := os.ReadFile(filepath.Join(dir, "floor.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &floor); err != nil {
		t.Fatal(err)
	}
	// Files there only because a scored file imports them (imported.txt,
	// optional) are not scored.
	importOnly := map[string]bool{}
	if data, err := os.ReadFile(filepath.Join(dir, "imported.txt")); err == nil {
		for _, line := range strings.Split(string(data), "\n") {
			if line = strings.TrimSpace(line); line != "" && !strings.HasPrefix(line, "#") {
				if _, ok := files[line]; !ok {
					t.Errorf("imported.txt lists %s, which the corpus does not hold", line)
				}
				importOnly[line] = true
			}
		}
	} else if !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	type score struct {
		personal, found, notPersonal, fps int
		misses, falses                    []string
	}
	scores := map[string]*score{}
	seen := map[string]bool{}
	for _, rel := range slices.Sorted(maps.Keys(files)) {
		if importOnly[rel] {
			continue
		}
		path := files[rel]
		name := strings.SplitN(rel, "/", 2)[0]
		// The project's directory is its repository: imports resolve
		// inside it.
		c, err := newChecker(Options{Root: filepath.Join(tmp, name)})
		if err != nil {
			t.Fatal(err)
		}
		c.props = map[string]*Property{}
		var holders []*holder
		c.judged = func(h *holder) { holders = append(holders, h) }
		c.checkFileSafely(path)
		c.finish()
		if len(c.errs) > 0 {
			t.Errorf("%s: %v", rel, c.errs)
		}
		s := scores[name]
		if s == nil {
			s = &score{}
			scores[name] = s
		}
		for _, h := range holders {
			for _, p := range h.props {
				k := rel + "\x00" + p.symbolIn(h)
				seen[k] = true
				l, ok := labels[k]
				if !ok {
					t.Errorf("%s: %s has no label in labels.tsv", rel, p.symbolIn(h))
					continue
				}
				got := c.props[p.pos.File+"\x00"+p.symbolIn(h)]
				if l.key == "not" {
					s.notPersonal++
					if got != nil {
						s.fps++
						s.falses = append(s.falses, p.symbolIn(h)+" ("+got.Category+")")
					}
					continue
				}
				s.personal++
				if got != nil && rules.IsPersonal(got.Category) {
					s.found++
				} else {
					s.misses = append(s.misses, p.symbolIn(h))
				}
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(scores)) {
		s := scores[name]
		recall, fpr := ratio(s.found, s.personal, 1), ratio(s.fps, s.notPersonal, 0)
		t.Logf("%-10s %3d properties: recall %d/%d = %.3f, false positives %d/%d = %.3f; missed %v; false %v",
			name, s.personal+s.notPersonal, s.found, s.personal, recall, s.fps, s.notPersonal, fpr, s.misses, s.falses)
		fl, ok := floor[name]
		if !ok {
			t.Errorf("floor.json has no floor for %s", name)
			continue
		}
		if recall < fl.Recall {
			t.Errorf("%s: recall %.3f fell below the floor %.3f", name, recall, fl.Recall)
		}
		if fpr > fl.FalsePositiveRate {
			t.Errorf("%s: false-positive rate %.3f rose above the floor %.3f", name, fpr, fl.FalsePositiveRate)
		}
	}
	for k := range labels {
		if !seen[k] {
			t.Errorf("labels.tsv labels %q, which no file declares", strings.ReplaceAll(k, "\x00", " "))
		}
	}
}

func ratio(a, b int, none float64) float64 {
	if b == 0 {
		return none
	}
	return float64(a) / float64(b)
}
