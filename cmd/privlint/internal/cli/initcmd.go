package cli

import (
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/internal/inventory"
	"github.com/privlint/privlint/internal/report"
	"github.com/privlint/privlint/internal/safetext"
	"github.com/privlint/privlint/rules/policy"
	"github.com/privlint/privlint/schemacheck"
)

// initHelp is the head of privlint init -h.
const initHelp = "Usage: privlint init [--force] [--output privlint.yaml] [--no-cgo] [packages] [schema files or dirs]\n\n" +
	"Scans the module (default ./...) and writes a starter policy: the personal\n" +
	"data found, by category and where it appears, the purposes the code already\n" +
	"names (legal_basis to review), a commented purpose skeleton and the\n" +
	"third-party recipients detected. It never overwrites a file without --force.\n"

// initCmd is privlint init: it scans the module like privlint check (with
// the built-in defaults, so that nothing is hidden by an old policy) and
// writes a starter privlint.yaml.
func initCmd(args []string, stdout, stderr io.Writer) error {
	fset := newFlagSet("privlint init", stderr)
	force := fset.Bool("force", false, "overwrite the output file if it exists")
	output := fset.String("output", "privlint.yaml", "the policy `file` to write")
	noCgo := fset.Bool("no-cgo", false, noCgoUsage)
	args, err := parseFlags(fset, initHelp, args, stdout, stderr)
	if err != nil {
		return err
	}
	if _, err := os.Stat(*output); err == nil && !*force {
		return fmt.Errorf("privlint init: %s already exists; not overwriting it (use --force to replace it)", *output)
	} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("privlint init: %w", err)
	}
	cwd, err := os.Getwd()
	if err != nil {
		return fmt.Errorf("privlint init: %w", err)
	}
	outRoot, err := outputRoot(cwd)
	if err != nil {
		return fmt.Errorf("privlint init: %w", err)
	}
	pol, err := policy.Default()
	if err != nil {
		return fmt.Errorf("privlint: %w", err)
	}
	env, err := config.NewEnv(pol, config.Options{DepsFromExportData: true})
	if err != nil {
		return fmt.Errorf("privlint: %w", err)
	}
	// The schema files of the module (or of the schema arguments) are
	// scanned and selected by the starter's schemas: globs.
	patterns, schemaArgs := splitArgs(args, cwd)
	if len(args) == 0 {
		patterns = []string{"./..."}
	}
	if len(schemaArgs) == 0 {
		schemaArgs = []string{"."}
	}
	schemaFiles, ferrs := schemacheck.Expand(pol, schemaArgs, cwd)
	outAbs, err := filepath.Abs(*output)
	if err != nil {
		return fmt.Errorf("privlint init: %w", err)
	}
	globs, outside := schemaGlobs(filepath.Dir(outAbs), schemaFiles)
	inv, res, err := buildInventory(env, append(patterns, schemaFiles...), cwd, loadOptions{noCgo: *noCgo})
	if err != nil {
		return fmt.Errorf("privlint: %w", err)
	}
	res.merge(&analysisResult{errors: ferrs})
	printNotes(stderr, res)
	for _, e := range res.errors {
		say(stderr, "privlint: %s", relError(e, cwd))
	}
	text := starterPolicy(inv, globs, relPaths(outside, cwd), schemaKinds(schemaFiles))
	if err := report.WriteFileIn(*output, outRoot, func(w io.Writer) error {
		_, err := io.WriteString(w, text)
		return err
	}); err != nil {
		return fmt.Errorf("privlint init: %w", err) // err names the file
	}
	found := len(inv.Gaps.NoPurpose) + len(inv.Gaps.UnknownPurposes)
	say(stdout, "privlint init: wrote %s (%d personal-data declarations, %d recipients); review it, replace every TODO (privlint check refuses the file until then), then run privlint check",
		*output, found, len(inv.Gaps.UndeclaredRecipients))
	if len(res.errors) > 0 {
		return errReported
	}
	return nil
}

// starterPolicy renders the starter file. With the built-in defaults no
// purpose is defined, so every declaration is a gap of the inventory:
// NoPurpose (no purpose in the code) or UnknownPurposes (a purpose the
// code names); every recipient is undeclared.
func starterPolicy(inv *inventory.Inventory, globs, outside []string, kinds string) string {
	var b strings.Builder
	b.WriteString(`# privlint.yaml: the privacy policy privlint checks the code against.
# Written by privlint init from what it found; review every entry. The
# format is described in the privlint README ("The policy file").
version: 1

# organization:          # GDPR Art. 30(1)(a), shown by privlint inventory
#   controller: {name: Example GmbH, email: privacy@example.com}
#   dpo: {email: dpo@example.com}

`)
	type where struct {
		file   string
		line   int
		symbol string
	}
	byCat := map[string][]where{}
	named := map[string]map[string]bool{} // purpose → categories
	uses := map[string]int{}              // purpose → declarations naming it
	// Declarations in generated files are classified like the others,
	// but privlint check reports findings there only with
	// --include-generated: they are counted per file, apart.
	generated := map[string]int{}
	for _, h := range inv.Gaps.NoPurpose {
		if h.Location.Generated {
			generated[h.Location.File]++
			continue
		}
		byCat[h.Category] = append(byCat[h.Category], where{h.Location.File, h.Location.Line, h.Location.Symbol})
	}
	for _, h := range inv.Gaps.UnknownPurposes {
		if h.Location.Generated {
			generated[h.Location.File]++
		} else {
			byCat[h.Category] = append(byCat[h.Category], where{h.Location.File, h.Location.Line, h.Location.Symbol + " (purpose " + h.Purpose + ")"})
		}
		if named[h.Purpose] == nil {
			named[h.Purpose] = map[string]bool{}
		}
		named[h.Purpose][h.Category] = true
		uses[h.Purpose]++
	}
	misspelled := map[string]string{} // purpose → the name it looks like a misspelling of
	for name := range named {
		if like := misspellingOf(name, uses); like != "" {
			misspelled[name] = like
		}
	}
	b.WriteString("# Personal data found, by category and where it appears. Give each a\n" +
		"# purpose in the code (purpose:\"<name>\" on the field, //privlint:purpose\n" +
		"# <name> on the type or package, x-purpose in schemas) and list the\n" +
		"# category under that purpose below; until then privlint check reports\n" +
		"# PL001 for it. Entries marked (purpose X) already name one: the purposes\n" +
		"# below are generated from them.\n#\n")
	if len(byCat) == 0 {
		b.WriteString("#   (none found)\n")
	}
	for _, cat := range slices.Sorted(maps.Keys(byCat)) {
		fmt.Fprintf(&b, "#   %s\n", safetext.Line(cat))
		ws := byCat[cat]
		slices.SortFunc(ws, func(x, y where) int {
			return cmp.Or(strings.Compare(x.file, y.file), cmp.Compare(x.line, y.line), strings.Compare(x.symbol, y.symbol))
		})
		ws = slices.Compact(ws)
		for _, w := range ws {
			// File names and symbols come from the analyzed code: one
			// line each, so that none can end the comment.
			fmt.Fprintf(&b, "#     %s\n", safetext.Line(fmt.Sprintf("%s:%d  %s", w.file, w.line, w.symbol)))
		}
	}
	if len(generated) > 0 {
		n := 0
		for _, c := range generated {
			n += c
		}
		fmt.Fprintf(&b, "#\n# In generated code (// Code generated ... DO NOT EDIT.), %d more, which\n"+
			"# privlint check reports only with --include-generated; declare their\n"+
			"# purposes in the source they are generated from (.proto, OpenAPI, ...):\n", n)
		for _, file := range slices.Sorted(maps.Keys(generated)) {
			fmt.Fprintf(&b, "#   %s\n", safetext.Line(fmt.Sprintf("%s (%d)", file, generated[file])))
		}
	}
	b.WriteString("\npurposes:\n")
	b.WriteString(`  # name:                       # one entry per purpose of processing
  #   description: What the data is used for
  #   legal_basis: contract       # consent | contract | legal_obligation |
  #                               # vital_interests | public_task | legitimate_interests
  #   special_category_basis: explicit_consent   # only for Art. 9/10 data
  #   categories: [user.contact.email]
  #   retention: 2y
`)
	if len(misspelled) > 0 {
		b.WriteString("  # Purpose names in the code that look like misspellings, so they are not\n" +
			"  # defined here (privlint check reports PL002 for them): correct the code,\n" +
			"  # or define the name if it is meant.\n")
		for _, name := range slices.Sorted(maps.Keys(misspelled)) {
			fmt.Fprintf(&b, "  #   %s\n", safetext.Line(fmt.Sprintf("%s (did you mean %s?)", name, misspelled[name])))
		}
	}
	defined := 0
	for _, name := range slices.Sorted(maps.Keys(named)) {
		if misspelled[name] != "" {
			continue
		}
		defined++
		fmt.Fprintf(&b, "  %s:                 # named in the code\n", yamlKey(name))
		b.WriteString("    description: \"\"        # TODO: what the data is used for\n")
		b.WriteString("    legal_basis: TODO       # choose the Art. 6(1) basis: consent | contract | legal_obligation |\n" +
			"                            # vital_interests | public_task | legitimate_interests\n")
		cats := slices.Sorted(maps.Keys(named[name]))
		fmt.Fprintf(&b, "    categories: [%s]\n", yamlList(cats))
		if slices.ContainsFunc(cats, func(c string) bool { return isSpecialKey(inv, c) }) {
			b.WriteString("    special_category_basis: TODO   # Art. 9/10 data: choose the Art. 9(2) condition, e.g. explicit_consent\n")
		}
	}
	if defined == 0 {
		b.WriteString("  {}\n")
	}
	b.WriteString("\n")
	if len(inv.Gaps.UndeclaredRecipients) == 0 {
		b.WriteString("# third_parties:        # recipients of personal data (none detected)\n#   stripe: {role: processor, dpa: true, purposes: [billing], hosts: [api.stripe.com]}\n")
	} else {
		b.WriteString("# Recipients the code sends personal data to. Set dpa: true once a\n" +
			"# data-processing agreement is signed, and list the purposes they serve.\n" +
			"third_parties:\n")
		for _, r := range inv.Gaps.UndeclaredRecipients {
			fmt.Fprintf(&b, "  %s:\n", recipientKey(r.Name))
			fmt.Fprintf(&b, "    name: %s\n", strconv.Quote(r.Name))
			b.WriteString("    dpa: false\n")
			fmt.Fprintf(&b, "    categories: [%s]   # what the code sends\n", yamlList(r.Categories))
			if len(r.Hosts) > 0 {
				fmt.Fprintf(&b, "    hosts: [%s]\n", yamlList(r.Hosts))
			}
		}
	}
	switch {
	case len(globs) > 0:
		fmt.Fprintf(&b, "\n# The schema files found (%s), checked by\n"+
			"# privlint check like the Go code; globs are relative to this file.\n", kinds)
		fmt.Fprintf(&b, "schemas: [%s]\n", yamlGlobs(globs))
	default:
		b.WriteString("\n# schemas: [\"api/**/*.yaml\", \"migrations/*.sql\", \"proto/**/*.proto\", \"graph/*.graphqls\"]\n" +
			"#   schema files to check: JSON Schema, OpenAPI, SQL DDL, Protocol Buffers, GraphQL SDL (none found)\n")
	}
	if len(outside) > 0 {
		b.WriteString("# Schema files outside this file's directory, which a glob cannot name:\n")
		for _, f := range outside {
			fmt.Fprintf(&b, "#   %s\n", safetext.Line(f))
		}
	}
	return b.String()
}

// schemaKinds counts the schema files found by kind, in a fixed order:
// "2 SQL DDL, 1 Protocol Buffers". A *.down.sql file, which check skips,
// is not counted.
func schemaKinds(files []string) string {
	counts := map[string]int{}
	for _, f := range files {
		if strings.HasSuffix(strings.ToLower(f), ".down.sql") {
			continue
		}
		counts[schemacheck.KindOf(f)]++
	}
	var parts []string
	for _, k := range []string{"JSON Schema/OpenAPI", "SQL DDL", "Protocol Buffers", "GraphQL SDL"} {
		if counts[k] > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", counts[k], k))
		}
	}
	return strings.Join(parts, ", ")
}

// schemaGlobs returns the globs, relative to base, that select the
// schema files found: "dir/**/*.ext" for a top directory whose every
// file of that extension is one of them, else the files themselves. Files
// outside base, which a glob cannot name, are returned apart.
func schemaGlobs(base string, found []string) (globs, outside []string) {
	type group struct{ top, ext string }
	groups := map[group][]string{}
	isFound := map[string]bool{}
	for _, f := range found {
		rel, err := filepath.Rel(base, f)
		if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			outside = append(outside, f)
			continue
		}
		rel = filepath.ToSlash(rel)
		isFound[rel] = true
		top, _, nested := strings.Cut(rel, "/")
		if !nested {
			globs = append(globs, rel)
			continue
		}
		g := group{top, filepath.Ext(rel)}
		groups[g] = append(groups[g], rel)
	}
	for g, files := range groups {
		// A glob selects every file it matches (hidden directories
		// aside), schema or not: use one only when they all are.
		all := true
		if g.ext == "" {
			all = false
		} else {
			walkErr := filepath.WalkDir(filepath.Join(base, g.top), func(p string, e fs.DirEntry, err error) error {
				if err != nil {
					return err
				}
				if e.IsDir() {
					if strings.HasPrefix(e.Name(), ".") && p != filepath.Join(base, g.top) {
						return filepath.SkipDir
					}
					return nil
				}
				rel, _ := filepath.Rel(base, p)
				if filepath.Ext(p) == g.ext && !isFound[filepath.ToSlash(rel)] {
					all = false
					return filepath.SkipAll
				}
				return nil
			})
			if walkErr != nil {
				all = false
			}
		}
		if all {
			globs = append(globs, g.top+"/**/*"+g.ext)
		} else {
			globs = append(globs, files...)
		}
	}
	slices.Sort(globs)
	slices.Sort(outside)
	return slices.Compact(globs), outside
}

// yamlGlobs renders globs as the inside of a YAML flow sequence, each
// double-quoted (a glob starts with * or holds characters YAML reads).
func yamlGlobs(globs []string) string {
	out := make([]string, len(globs))
	for i, g := range globs {
		out[i] = strconv.Quote(g)
	}
	return strings.Join(out, ", ")
}

// relPaths returns paths relative to dir where they are inside it.
func relPaths(paths []string, dir string) []string {
	out := make([]string, len(paths))
	for i, p := range paths {
		out[i] = relPath(p, dir)
	}
	return out
}

// commonPurposes are purpose names that policies often use: a name in the
// code one or two letters away from one of them is most likely a
// misspelling of it.
var commonPurposes = []string{
	"account", "accounting", "advertising", "analytics", "authentication", "billing", "checkout",
	"compliance", "customer_support", "delivery", "fraud_prevention", "hiring", "marketing",
	"newsletter", "notifications", "onboarding", "payments", "payroll", "personalization",
	"recruiting", "research", "security", "shipping", "signup", "support", "wellness",
}

// misspellingOf returns the name that purpose looks like a misspelling of,
// or "": a common purpose name, or another name of the code used by more
// declarations, one edit away (two for names of eight letters or more:
// a swap of two letters is one edit).
func misspellingOf(purpose string, uses map[string]int) string {
	if slices.Contains(commonPurposes, purpose) {
		return ""
	}
	limit := 1
	if len(purpose) >= 8 {
		limit = 2
	}
	best, bestDist := "", limit+1
	consider := func(c string) {
		if c == purpose {
			return
		}
		if d := editDistance(purpose, c); d < bestDist || d == bestDist && c < best {
			best, bestDist = c, d
		}
	}
	for _, c := range commonPurposes {
		consider(c)
	}
	for c, n := range uses {
		if n > uses[purpose] {
			consider(c)
		}
	}
	if bestDist > limit {
		return ""
	}
	return best
}

// editDistance is the optimal-string-alignment distance between a and b:
// insertions, deletions, substitutions and swaps of adjacent letters.
func editDistance(a, b string) int {
	x, y := []rune(a), []rune(b)
	d := make([][]int, len(x)+1)
	for i := range d {
		d[i] = make([]int, len(y)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(x); i++ {
		for j := 1; j <= len(y); j++ {
			cost := 1
			if x[i-1] == y[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && x[i-1] == y[j-2] && x[i-2] == y[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(x)][len(y)]
}

// isSpecialKey reports whether the inventory saw category key as special
// (GDPR Art. 9/10) data.
func isSpecialKey(inv *inventory.Inventory, key string) bool {
	for _, h := range inv.Gaps.UnknownPurposes {
		if h.Category == key && h.Special {
			return true
		}
	}
	return false
}

// yamlKey quotes a purpose name when YAML would read it as something
// other than a plain string.
func yamlKey(s string) string {
	for _, r := range s {
		if !(r == '_' || r == '-' || r == '.' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return strconv.Quote(s)
		}
	}
	return s
}

// yamlList renders items as the inside of a YAML flow sequence, each
// quoted (as yamlKey does) unless it is a plain word.
func yamlList(items []string) string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = yamlKey(it)
		if out[i] == "" {
			out[i] = `""`
		}
	}
	return strings.Join(out, ", ")
}

// recipientKey makes a third_parties key from a recipient's name:
// "api.fastcourier.example" → "api_fastcourier_example".
func recipientKey(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('_')
		}
	}
	k := strings.Trim(b.String(), "_")
	if k == "" {
		k = "recipient"
	}
	return filepath.ToSlash(k)
}
