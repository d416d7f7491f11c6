package policy

import (
	"bufio"
	_ "embed"
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
	"sync"
	"unicode"

	"github.com/privlint/privlint/rules"
	"github.com/privlint/privlint/rules/safefile"
	"gopkg.in/yaml.v3"
)

// FidesSchemaJSON is the JSON Schema (draft 2020-12) of a Fides manifest as
// privlint reads and writes it: the fideslang 3.x resources system,
// dataset, policy, data_category, data_use, data_subject and organization,
// with every object closed (SPEC §2.1). Tests validate privlint's own
// export (privlint inventory --format fides) against it.
//
//go:embed fides/manifest.schema.json
var FidesSchemaJSON []byte

// FidesSchemaURL is the $id of FidesSchemaJSON.
const FidesSchemaURL = "https://github.com/privlint/privlint/rules/policy/fides/manifest.schema.json"

// The fideslang default-taxonomy keys (fides/SOURCE.md).
var (
	//go:embed fides/data_uses.txt
	fidesDataUsesTxt string
	//go:embed fides/data_subjects.txt
	fidesDataSubjectsTxt string
	//go:embed fides/data_categories.txt
	fidesDataCategoriesTxt string
)

// Kinds of Fides taxonomy keys.
const (
	FidesDataCategory = "data_category"
	FidesDataUse      = "data_use"
	FidesDataSubject  = "data_subject"
)

var (
	fidesDefaultsOnce sync.Once
	fidesDefaults     map[string]map[string]bool
)

// IsFidesDefault reports whether key is a key of the fideslang 3.x default
// taxonomy of the given kind (FidesDataCategory, FidesDataUse or
// FidesDataSubject).
func IsFidesDefault(kind, key string) bool {
	fidesDefaultsOnce.Do(func() {
		fidesDefaults = map[string]map[string]bool{
			FidesDataCategory: keySet(fidesDataCategoriesTxt),
			FidesDataUse:      keySet(fidesDataUsesTxt),
			FidesDataSubject:  keySet(fidesDataSubjectsTxt),
		}
	})
	return fidesDefaults[kind][key]
}

func keySet(txt string) map[string]bool {
	out := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(txt))
	for sc.Scan() {
		if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
			out[line] = true
		}
	}
	return out
}

// FidesPurposeName is the purpose a Fides privacy declaration named name
// becomes (SPEC §2.1): name lower-cased, with every run of characters
// other than letters and digits made one "_" ("Care reminders" →
// "care_reminders").
func FidesPurposeName(name string) string {
	var b strings.Builder
	sep := false
	for _, r := range strings.ToLower(name) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
			sep = false
			continue
		}
		if !sep {
			b.WriteByte('_')
			sep = true
		}
	}
	return b.String()
}

// The legal bases of privlint.yaml and their Fides spellings (fideslang
// LegalBasisForProcessingEnum and SpecialCategoryLegalBasisEnum), in the
// order of SPEC §2.
var (
	fidesLegalBases = [][2]string{
		{"consent", "Consent"},
		{"contract", "Contract"},
		{"legal_obligation", "Legal obligations"},
		{"vital_interests", "Vital interests"},
		{"public_task", "Public interest"},
		{"legitimate_interests", "Legitimate interests"},
	}
	fidesSpecialBases = [][2]string{
		{"explicit_consent", "Explicit consent"},
		{"employment_social_security", "Employment, social security and social protection"},
		{"vital_interests", "Vital interests"},
		{"nonprofit_body", "Not-for-profit bodies"},
		{"made_public_by_subject", "Made public by the data subject"},
		{"legal_claims", "Legal claims or judicial acts"},
		{"substantial_public_interest", "Reasons of substantial public interest (with a basis in law)"},
		{"health_or_social_care", "Health or social care (with a basis in law)"},
		{"public_health", "Public health (with a basis in law)"},
		{"archiving_research_statistics", "Archiving, research and statistics (with a basis in law)"},
	}
)

// FidesLegalBasis returns the Fides spelling of a privlint legal_basis
// ("legal_obligation" → "Legal obligations"). explicit_consent, which
// Fides has no Art. 6 value for, is "Consent" (its Art. 9 side is the
// special-category basis "Explicit consent").
func FidesLegalBasis(basis string) (string, bool) {
	if basis == "explicit_consent" {
		basis = "consent"
	}
	return lookup(fidesLegalBases, basis, 0)
}

// FidesSpecialCategoryBasis returns the Fides spelling of a privlint
// special_category_basis ("health_or_social_care" → "Health or social care
// (with a basis in law)").
func FidesSpecialCategoryBasis(basis string) (string, bool) {
	return lookup(fidesSpecialBases, basis, 0)
}

func lookup(table [][2]string, s string, from int) (string, bool) {
	for _, row := range table {
		if row[from] == s {
			return row[1-from], true
		}
	}
	return "", false
}

// FidesDataset is a Fides dataset read from a manifest: its collections
// annotate the SQL tables of the same names, its fields the columns (SPEC
// §2.1, §4.1).
type FidesDataset struct {
	// Key is the dataset's fides_key.
	Key string
	// Categories apply to every collection of the dataset (canonical keys).
	Categories []string
	// Collections are in file order.
	Collections []*FidesCollection
	// File and Line are where the dataset is declared.
	File string
	Line int
}

// FidesCollection is a collection of a Fides dataset: a table.
type FidesCollection struct {
	// Dataset is the fides_key of the dataset holding it.
	Dataset string
	// Name is the collection's (table's) name.
	Name string
	// Categories apply to every field of the collection (canonical keys).
	Categories []string
	// Fields are in file order; a nested field follows its parent.
	Fields []*FidesField
	File   string
	Line   int
}

// FidesField is a field of a collection: a column, or a nested field.
type FidesField struct {
	// Name is the field's name; a nested field's is its path, the names
	// joined with "." ("address.city").
	Name string
	// Categories are the field's data_categories as canonical keys:
	// explicit categories of the column.
	Categories []string
	File       string
	Line       int
}

// FidesTable returns the collections named table across the Fides
// datasets, ordered by dataset key: the annotations of the SQL table of
// that name.
func (p *Policy) FidesTable(table string) []*FidesCollection {
	var out []*FidesCollection
	for _, key := range slices.Sorted(maps.Keys(p.FidesDatasets)) {
		for _, c := range p.FidesDatasets[key].Collections {
			if c.Name == table {
				out = append(out, c)
			}
		}
	}
	return out
}

// Field returns the field of the collection with the given name (a path
// for a nested field), or nil.
func (c *FidesCollection) Field(name string) *FidesField {
	for _, f := range c.Fields {
		if f.Name == name {
			return f
		}
	}
	return nil
}

// Where names a place of the policy for messages: "privlint.yaml:12" for
// the policy file itself (file ""), or a manifest's path relative to the
// policy's directory (".fides/policy.yml:8"). The line is left out when 0.
func (p *Policy) Where(file string, line int) string {
	name := "privlint.yaml"
	switch {
	case file != "":
		name = filepath.ToSlash(file)
		if p.Path != "" {
			if rel, err := filepath.Rel(filepath.Dir(p.Path), file); err == nil && !strings.HasPrefix(rel, "..") {
				name = filepath.ToSlash(rel)
			}
		}
	case p.Path != "":
		name = filepath.Base(p.Path)
	}
	if line > 0 {
		return fmt.Sprintf("%s:%d", name, line)
	}
	return name
}

// maxManifests bounds the number of manifest files one policy reads, and
// maxManifestBytes their total size (a variable for tests).
const maxManifests = 10000

var maxManifestBytes = 64 << 20

// readManifest reads one Fides manifest file. Every manifest privlint
// reads is opened here, so a rule on which files may be read applies to
// all of them: it refuses what is not a regular file (a FIFO would block,
// a device never end), a path outside root or a link that leads out of it
// (a committed manifest linked to the runner's secrets), and files larger
// than maxFileSize.
func readManifest(path, root string) ([]byte, error) {
	f, err := safefile.Open(path, root)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	if len(data) > maxFileSize {
		return nil, fmt.Errorf("%s is larger than %d bytes", path, maxFileSize)
	}
	return data, nil
}

// manifest is one Fides manifest file, parsed and schema-valid.
type manifest struct {
	file string
	root *yaml.Node
	doc  map[string]any
	data []byte
}

// resources returns the list of resources of the given kind.
func (m *manifest) resources(kind string) []map[string]any {
	list, _ := m.doc[kind].([]any)
	out := make([]map[string]any, 0, len(list))
	for _, v := range list {
		r, _ := v.(map[string]any)
		out = append(out, r)
	}
	return out
}

// place is where a keyed thing is defined, for duplicate errors.
type place struct {
	file string
	line int
}

// fidesReader reads the manifests of one policy.
type fidesReader struct {
	b         *builder
	manifests []*manifest
	// uses and subjects are the data-use and data-subject keys that
	// manifests add to the default taxonomy.
	uses, subjects map[string]bool
	// datasetRefs are the dataset_references of privacy declarations, to
	// check once all datasets are read.
	datasetRefs []datasetRef
	// failed is set when a manifest could not be read: the datasets it
	// may define are unknown, so references are not checked.
	failed bool
}

type datasetRef struct {
	m      *manifest
	key    string
	tokens []string
}

// sub returns a builder reporting at manifest m.
func (r *fidesReader) sub(m *manifest) *builder {
	return &builder{file: m.file, root: m.root, p: r.b.p, parent: r.b,
		catHint: "declare it under data_category: in a manifest or under categories: in privlint.yaml"}
}

// readFides reads the manifests named by the policy's fides: section and
// extends the taxonomy with their data_category entries. It returns nil
// when the policy names none.
func (b *builder) readFides(m map[string]any) *fidesReader {
	fm, ok := m["fides"].(map[string]any)
	if !ok {
		return nil
	}
	r := &fidesReader{b: b, uses: map[string]bool{}, subjects: map[string]bool{}}
	nameErrs := len(b.errs)
	total := 0
	// Manifests are files the repository names: they must stay inside the
	// repository of the policy that names them (safefile.Open).
	root := safefile.RepoRoot(filepath.Dir(b.file))
	for _, path := range b.manifestFiles(strs(fm["manifests"])) {
		data, err := readManifest(path, root)
		if err != nil {
			b.addErr(&Error{File: path, Msg: "cannot read the Fides manifest: " + pathError(err)})
			r.failed = true
			continue
		}
		if total += len(data); total > maxManifestBytes {
			b.addErr(&Error{File: path, Msg: fmt.Sprintf("the Fides manifests add up to more than %d bytes; this one and those after it are not read", maxManifestBytes)})
			r.failed = true
			break
		}
		b.p.Manifests = append(b.p.Manifests, path)
		b.manifestData = append(b.manifestData, manifestBytes{path, data})
		root, err := parseDocument(path, data, kindManifest)
		if err != nil {
			b.addErr(Errors(err)...)
			r.failed = true
			continue
		}
		conv := newConverter(path)
		v := conv.value(root, nil)
		if len(conv.errs) > 0 {
			b.addErr(conv.errs...)
			r.failed = true
			continue
		}
		errs, err := fidesSchema.validate(path, root, v)
		if err != nil {
			b.addErr(&Error{File: path, Msg: err.Error()})
			r.failed = true
			continue
		}
		if len(errs) > 0 {
			b.addErr(errs...)
			r.failed = true
			continue
		}
		doc, _ := v.(map[string]any) // the schema guarantees a mapping
		r.manifests = append(r.manifests, &manifest{file: path, root: root, doc: doc, data: data})
	}
	// An entry of fides.manifests that names nothing readable hides what
	// it would define too.
	r.failed = r.failed || len(b.errs) > nameErrs
	r.taxonomy()
	return r
}

// pathError is err without the path an *fs.PathError repeats.
func pathError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// manifestFiles expands the fides.manifests entries, paths relative to the
// policy file's directory: a file is read as named, a directory for its
// *.yml and *.yaml files at any depth (as Fides' ingest_manifests does;
// names starting with "." below it are skipped, as Python's glob does).
// Missing entries are errors at the entry.
func (b *builder) manifestFiles(entries []string) []string {
	base := filepath.Dir(b.file)
	self, _ := filepath.Abs(b.file)
	var files []string
	seen := map[string]bool{}
	add := func(path string) {
		abs, err := filepath.Abs(path)
		if err != nil {
			abs = path
		}
		if abs == self || seen[abs] {
			return
		}
		seen[abs] = true
		files = append(files, path)
	}
	for i, e := range entries {
		idx := strconv.Itoa(i)
		path := e
		if !filepath.IsAbs(path) {
			path = filepath.Join(base, filepath.FromSlash(e))
		}
		info, err := os.Stat(path)
		if err != nil {
			b.errorAt(false, fmt.Sprintf("cannot read Fides manifest %s: %s", e, pathError(err)), "fides", "manifests", idx)
			continue
		}
		if !info.IsDir() {
			add(path)
			continue
		}
		found := 0
		err = filepath.WalkDir(path, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p != path && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if ext := filepath.Ext(p); ext != ".yml" && ext != ".yaml" {
				return nil
			}
			found++
			add(p)
			if len(files) > maxManifests {
				return fmt.Errorf("more than %d manifest files", maxManifests)
			}
			return nil
		})
		switch {
		case err != nil:
			b.errorAt(false, fmt.Sprintf("cannot read Fides manifests in %s: %s", e, pathError(err)), "fides", "manifests", idx)
		case found == 0:
			b.errorAt(false, fmt.Sprintf("directory %s holds no Fides manifest (*.yml or *.yaml)", e), "fides", "manifests", idx)
		}
	}
	return files
}

// defined records key of a resource kind at (file, line), reporting a
// second definition at sb naming the first.
func defined(seen map[string]place, what, key string, sb *builder, tokens ...string) bool {
	line := sb.valueLine(tokens...)
	if first, dup := seen[key]; dup {
		sb.errorAt(false, fmt.Sprintf("%s %q is defined twice: here and at %s:%d", what, key, first.file, first.line), tokens...)
		return false
	}
	seen[key] = place{sb.file, line}
	return true
}

// taxonomy reads the data_category, data_use and data_subject entries:
// keys Fides does not know by default extend what privlint accepts.
func (r *fidesReader) taxonomy() {
	type entry struct {
		sb          *builder
		key, parent string
		desc        string
		tokens      []string
	}
	var cats, uses []entry
	seenKind := map[string]map[string]place{}
	for _, m := range r.manifests {
		sb := r.sub(m)
		for _, kind := range []string{FidesDataCategory, FidesDataUse, FidesDataSubject} {
			if seenKind[kind] == nil {
				seenKind[kind] = map[string]place{}
			}
			for i, res := range m.resources(kind) {
				idx := strconv.Itoa(i)
				key := str(res["fides_key"])
				if !defined(seenKind[kind], kind, key, sb, kind, idx) {
					continue
				}
				e := entry{sb, key, str(res["parent_key"]), str(res["description"]), []string{kind, idx}}
				switch kind {
				case FidesDataCategory:
					if _, known := r.b.p.Taxonomy.Canonical(key); !known {
						cats = append(cats, e)
					}
				case FidesDataUse:
					if !IsFidesDefault(FidesDataUse, key) {
						uses = append(uses, e)
						r.uses[key] = true
					}
				case FidesDataSubject:
					if !IsFidesDefault(FidesDataSubject, key) {
						r.subjects[key] = true
					}
				}
			}
		}
	}
	// fideslang's matching_parent_key: the parent is the key's prefix.
	parentOK := func(e entry, known func(string) bool) bool {
		want := rules.Parent(e.key)
		if e.parent != want {
			if want == "" {
				e.sb.errorAt(false, fmt.Sprintf("%s is a top-level key, so it has no parent_key (got %q)", e.key, e.parent), append(e.tokens, "parent_key")...)
			} else {
				e.sb.errorAt(false, fmt.Sprintf("parent_key of %s must be %s (Fides derives it from the key), got %q", e.key, want, e.parent), append(e.tokens, "parent_key")...)
			}
			return false
		}
		if want != "" && !known(want) {
			e.sb.errorAt(false, fmt.Sprintf("unknown parent %q of %s: neither a fideslang default key nor declared in a manifest", want, e.key), append(e.tokens, "parent_key")...)
			return false
		}
		return true
	}
	for _, e := range uses {
		parentOK(e, r.knownUse)
	}
	newCats := map[string]bool{}
	for _, e := range cats {
		newCats[e.key] = true
	}
	ext := map[string]rules.CategoryExtension{}
	for _, e := range cats {
		known := func(k string) bool {
			_, ok := r.b.p.Taxonomy.Canonical(k)
			return ok || newCats[k]
		}
		if !parentOK(e, known) {
			continue
		}
		if root, _, _ := strings.Cut(e.key, "."); root != "user" && root != "system" {
			e.sb.errorAt(false, fmt.Sprintf("privlint's taxonomy holds categories under user and system only; %s cannot be added", e.key), append(e.tokens, "fides_key")...)
			continue
		}
		ext[e.key] = rules.CategoryExtension{Description: e.desc}
	}
	if len(ext) == 0 {
		return
	}
	tax, err := r.b.p.Taxonomy.Extend(ext)
	if err != nil {
		// Report the entry at fault where it is.
		for _, e := range cats {
			if _, ok := ext[e.key]; !ok {
				continue
			}
			if _, kerr := r.b.p.Taxonomy.Extend(map[string]rules.CategoryExtension{e.key: ext[e.key]}); kerr != nil {
				e.sb.errorAt(false, strings.TrimPrefix(kerr.Error(), "extend taxonomy: "), append(e.tokens, "fides_key")...)
				return
			}
		}
		r.b.addErr(&Error{File: r.b.file, Msg: err.Error()})
		return
	}
	r.b.p.Taxonomy = tax
}

// knownUse reports whether key is a data use: a fideslang default or one a
// manifest declares.
func (r *fidesReader) knownUse(key string) bool {
	return IsFidesDefault(FidesDataUse, key) || r.uses[key]
}

// knownSubject reports whether key is a data subject: a fideslang default
// or one a manifest declares.
func (r *fidesReader) knownSubject(key string) bool {
	return IsFidesDefault(FidesDataSubject, key) || r.subjects[key]
}

// purposes turns the privacy declarations of the manifests' systems into
// purposes (SPEC §2.1). A purpose already defined (in privlint.yaml or an
// earlier declaration) is an error naming both places.
func (r *fidesReader) purposes() {
	p := r.b.p
	systems := map[string]place{}
	for _, m := range r.manifests {
		sb := r.sub(m)
		for i, sys := range m.resources("system") {
			si := strconv.Itoa(i)
			key := str(sys["fides_key"])
			if !defined(systems, "system", key, sb, "system", si) {
				continue
			}
			flows := map[string][]string{}
			for _, dir := range []string{"egress", "ingress"} {
				list, _ := sys[dir].([]any)
				for _, f := range list {
					fm, _ := f.(map[string]any)
					flows[dir] = append(flows[dir], str(fm["fides_key"]))
				}
			}
			decls, _ := sys["privacy_declarations"].([]any)
			for j, dv := range decls {
				d, _ := dv.(map[string]any)
				tokens := []string{"system", si, "privacy_declarations", strconv.Itoa(j)}
				at := func(more ...string) []string { return append(slices.Clip(tokens), more...) }
				name := str(d["name"])
				if strings.TrimSpace(name) == "" {
					sb.errorAt(false, fmt.Sprintf("privacy declaration of system %q has no name; privlint names the purpose after it, so give it one", key), tokens...)
					continue
				}
				pur := &Purpose{
					Name:        FidesPurposeName(name),
					Description: name,
					DataUse:     str(d["data_use"]),
					Retention:   str(d["retention_period"]),
					Subjects:    strs(d["data_subjects"]),
					Categories:  sb.categories(d["data_categories"], at("data_categories")...),
					Line:        sb.valueLine(tokens...),
					File:        m.file,
					System:      key,
				}
				if lb := str(d["legal_basis_for_processing"]); lb != "" {
					pur.LegalBasis, _ = lookup(fidesLegalBases, lb, 1)
				}
				if sc := str(d["special_category_legal_basis"]); sc != "" {
					pur.SpecialCategoryBasis, _ = lookup(fidesSpecialBases, sc, 1)
				}
				if !r.knownUse(pur.DataUse) {
					sb.errorAt(false, fmt.Sprintf("unknown data use %q (not a fideslang default data use, and no manifest declares it under data_use:)", pur.DataUse), at("data_use")...)
				}
				for k, s := range pur.Subjects {
					if !r.knownSubject(s) {
						sb.errorAt(false, fmt.Sprintf("unknown data subject %q (not a fideslang default data subject, and no manifest declares it under data_subject:)", s), at("data_subjects", strconv.Itoa(k))...)
					}
				}
				// fideslang's System validator: a declaration's flows are
				// the system's.
				for _, dir := range []string{"egress", "ingress"} {
					for k, f := range strs(d[dir]) {
						if !slices.Contains(flows[dir], f) {
							sb.errorAt(false, fmt.Sprintf("%s %q is not among the %s of system %q; list it there too", dir, f, dir, key), at(dir, strconv.Itoa(k))...)
						}
					}
				}
				for k, ds := range strs(d["dataset_references"]) {
					r.datasetRefs = append(r.datasetRefs, datasetRef{m, ds, at("dataset_references", strconv.Itoa(k))})
				}
				if prev, dup := p.Purposes[pur.Name]; dup {
					sb.errorAt(false, fmt.Sprintf("purpose %q (from privacy declaration %q) is defined twice: here and at %s; rename one of them",
						pur.Name, name, r.b.where(prev.File, prev.Line)), tokens...)
					continue
				}
				p.Purposes[pur.Name] = pur
			}
		}
	}
}

// where is a place for duplicate messages: the file as the builder
// reports it (the policy file as given, or a manifest's path) and line.
func (b *builder) where(file string, line int) string {
	if file == "" {
		file = b.file
	}
	return fmt.Sprintf("%s:%d", file, line)
}

// deny turns the rules of the manifests' policies into deny rules (PL006).
func (r *fidesReader) deny() {
	policies := map[string]place{}
	for _, m := range r.manifests {
		sb := r.sub(m)
		for i, pol := range m.resources("policy") {
			pi := strconv.Itoa(i)
			key := str(pol["fides_key"])
			if !defined(policies, "policy", key, sb, "policy", pi) {
				continue
			}
			rl, _ := pol["rules"].([]any)
			for j, rv := range rl {
				rm, _ := rv.(map[string]any)
				tokens := []string{"policy", pi, "rules", strconv.Itoa(j)}
				at := func(more ...string) []string { return append(slices.Clip(tokens), more...) }
				rule := &DenyRule{Name: str(rm["name"]), Policy: key, File: m.file, Line: sb.valueLine(tokens...)}
				if mv, ok := rm["data_categories"].(map[string]any); ok {
					rule.Categories = &DenyMatch{Matches: str(mv["matches"]), Values: sb.categories(mv["values"], at("data_categories", "values")...)}
				}
				if mv, ok := rm["data_uses"].(map[string]any); ok {
					rule.Uses = &DenyMatch{Matches: str(mv["matches"]), Values: strs(mv["values"])}
					for k, u := range rule.Uses.Values {
						if !r.knownUse(u) {
							sb.errorAt(false, fmt.Sprintf("unknown data use %q (not a fideslang default data use, and no manifest declares it under data_use:)", u), at("data_uses", "values", strconv.Itoa(k))...)
						}
					}
				}
				if mv, ok := rm["data_subjects"].(map[string]any); ok {
					rule.Subjects = &DenyMatch{Matches: str(mv["matches"]), Values: strs(mv["values"])}
					for k, s := range rule.Subjects.Values {
						if !r.knownSubject(s) {
							sb.errorAt(false, fmt.Sprintf("unknown data subject %q (not a fideslang default data subject, and no manifest declares it under data_subject:)", s), at("data_subjects", "values", strconv.Itoa(k))...)
						}
					}
				}
				r.b.p.Deny = append(r.b.p.Deny, rule)
			}
		}
	}
}

// datasets reads the manifests' datasets: their categories must be known,
// collection names unique in a dataset and field names unique among
// siblings (fideslang's unique_items_in_list). It also checks that every
// dataset a privacy declaration references exists, as fides evaluate does.
func (r *fidesReader) datasets() {
	p := r.b.p
	seen := map[string]place{}
	for _, m := range r.manifests {
		sb := r.sub(m)
		for i, ds := range m.resources("dataset") {
			di := strconv.Itoa(i)
			key := str(ds["fides_key"])
			if !defined(seen, "dataset", key, sb, "dataset", di) {
				continue
			}
			d := &FidesDataset{Key: key, Categories: sb.categories(ds["data_categories"], "dataset", di, "data_categories"),
				File: m.file, Line: sb.valueLine("dataset", di)}
			names := map[string]place{}
			cols, _ := ds["collections"].([]any)
			for j, cv := range cols {
				cm, _ := cv.(map[string]any)
				tokens := []string{"dataset", di, "collections", strconv.Itoa(j)}
				c := &FidesCollection{Dataset: key, Name: str(cm["name"]),
					Categories: sb.categories(cm["data_categories"], append(slices.Clip(tokens), "data_categories")...),
					File:       m.file, Line: sb.valueLine(tokens...)}
				if !defined(names, "collection", c.Name, sb, tokens...) {
					continue
				}
				c.Fields = r.fields(sb, cm["fields"], "", tokens)
				d.Collections = append(d.Collections, c)
			}
			p.FidesDatasets[key] = d
		}
	}
	if r.failed {
		return
	}
	for _, ref := range r.datasetRefs {
		if _, ok := p.FidesDatasets[ref.key]; !ok {
			r.sub(ref.m).errorAt(false, fmt.Sprintf("dataset %q is not defined in any Fides manifest (fides evaluate fails on it too)", ref.key), ref.tokens...)
		}
	}
}

// fields reads a list of dataset fields (nested ones too) at tokens.
func (r *fidesReader) fields(sb *builder, v any, prefix string, tokens []string) []*FidesField {
	list, _ := v.([]any)
	var out []*FidesField
	names := map[string]place{}
	for k, fv := range list {
		fm, _ := fv.(map[string]any)
		ft := append(slices.Clip(tokens), "fields", strconv.Itoa(k))
		name := str(fm["name"])
		if !defined(names, "field", name, sb, ft...) {
			continue
		}
		f := &FidesField{Name: prefix + name, Categories: sb.categories(fm["data_categories"], append(slices.Clip(ft), "data_categories")...),
			File: sb.file, Line: sb.valueLine(ft...)}
		out = append(out, f)
		out = append(out, r.fields(sb, fm["fields"], f.Name+".", ft)...)
	}
	return out
}

// organizations checks that organization keys are unique; privlint reads
// nothing else from them (the controller and DPO stay in privlint.yaml).
func (r *fidesReader) organizations() {
	seen := map[string]place{}
	for _, m := range r.manifests {
		sb := r.sub(m)
		for i, o := range m.resources("organization") {
			defined(seen, "organization", str(o["fides_key"]), sb, "organization", strconv.Itoa(i))
		}
	}
}
