package schemacheck

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/privlint/privlint/rules"
)

// sqlCorpusDir holds real SQL files of other projects (each with its
// licence and source), their labels and the floor (SOURCE.md there).
var sqlCorpusDir = filepath.Join("..", "testdata", "corpus", "sql")

// sqlCorpusFiles copies the corpus files into dir (decompressing *.gz)
// and returns the copies, keyed by their path below sqlCorpusDir.
func sqlCorpusFiles(t *testing.T, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(sqlCorpusDir, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".sql") && !strings.HasSuffix(p, ".sql.gz") {
			return err
		}
		rel, _ := filepath.Rel(sqlCorpusDir, p)
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
		dst := filepath.Join(dir, strings.ReplaceAll(strings.TrimSuffix(rel, ".gz"), "/", "__"))
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
// corpus: every column of every table is labelled personal (with its
// category) or not; recall is the share of personal columns privlint
// finds, the false-positive rate the share of the others it reports. The
// test fails when a figure passes the committed floor (floor.json), when
// a column has no label or a label names no column, and when a file has
// an error.
func TestSQLCorpus(t *testing.T) {
	files := sqlCorpusFiles(t, t.TempDir())
	type label struct{ key, reason string }
	labels := map[string]label{} // file NUL table.column
	lf, err := os.Open(filepath.Join(sqlCorpusDir, "labels.tsv"))
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
			t.Fatalf("labels.tsv:%d: want file, column, label, reason", n)
		}
		if f[2] != "not" && !strings.HasPrefix(f[2], "user") {
			t.Fatalf("labels.tsv:%d: label %q is neither a user.* key nor not", n, f[2])
		}
		labels[f[0]+"\x00"+f[1]] = label{f[2], f[3]}
	}
	var floor map[string]struct {
		Recall            float64 `json:"recall"`
		FalsePositiveRate float64 `json:"falsePositiveRate"`
	}
	data, err := os.ReadFile(filepath.Join(sqlCorpusDir, "floor.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(data, &floor); err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, rel := range slices.Sorted(func(yield func(string) bool) {
		for k := range files {
			if !yield(k) {
				return
			}
		}
	}) {
		path := files[rel]
		c, err := newChecker(Options{})
		if err != nil {
			t.Fatal(err)
		}
		c.props = map[string]*Property{}
		c.checkFileSafely(path)
		c.finish()
		if len(c.errs) > 0 {
			t.Errorf("%s: %v", rel, c.errs)
		}
		var personal, found, notPersonal, fps int
		var misses, falses []string
		for _, key := range c.tableOrder {
			for _, p := range c.tables[key].h.props {
				k := rel + "\x00" + p.symbol
				seen[k] = true
				l, ok := labels[k]
				if !ok {
					t.Errorf("%s: column %s has no label in labels.tsv", rel, p.symbol)
					continue
				}
				got := c.props[path+"\x00"+p.symbol]
				if l.key == "not" {
					notPersonal++
					if got != nil {
						fps++
						falses = append(falses, p.symbol+" ("+got.Category+")")
					}
					continue
				}
				personal++
				if got != nil && rules.IsPersonal(got.Category) {
					found++
				} else {
					misses = append(misses, p.symbol)
				}
			}
		}
		name := strings.SplitN(rel, "/", 2)[0]
		recall, fpr := ratio(found, personal, 1), ratio(fps, notPersonal, 0)
		t.Logf("%-8s %3d columns: recall %d/%d = %.3f, false positives %d/%d = %.3f; missed %v; false %v",
			name, personal+notPersonal, found, personal, recall, fps, notPersonal, fpr, misses, falses)
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
