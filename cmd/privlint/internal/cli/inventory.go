package cli

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/privlint/privlint/analyzers"
	"github.com/privlint/privlint/analyzers/config"
	"github.com/privlint/privlint/analyzers/flow"
	"github.com/privlint/privlint/internal/inventory"
	"github.com/privlint/privlint/internal/report"
	"github.com/privlint/privlint/rules/safefile"
	"github.com/privlint/privlint/schemacheck"
)

// inventoryHelp is the head of privlint inventory -h.
const inventoryHelp = "Usage: privlint inventory [flags] [packages] [schema files or dirs]\n\n" +
	"Writes the record of processing activities (GDPR Art. 30) built from the\n" +
	"Go code, the schemas and the policy: per purpose its legal basis, the\n" +
	"categories found and where they are held, stored, logged and sent, and\n" +
	"the gaps. Arguments are read as by privlint check (default ./... and the\n" +
	"policy's schemas).\n"

// inventoryCmd is privlint inventory: the record of processing (SPEC §8).
func inventoryCmd(args []string, stdout, stderr io.Writer) error {
	fs := newFlagSet("privlint inventory", stderr)
	configFile := fs.String("config", "", "policy `file` (default: privlint.yaml found walking up to the repository root, or $PRIVLINT_CONFIG)")
	format := fs.String("format", "markdown", "output format: markdown, json or fides (fideslang YAML)")
	output := fs.String("output", "", "write the record to `file` instead of standard output (written atomically)")
	noCgo := fs.Bool("no-cgo", false, noCgoUsage)
	args, err := parseFlags(fs, inventoryHelp, args, stdout, stderr)
	if err != nil {
		return err
	}
	render, ok := map[string]func(io.Writer, *inventory.Inventory) error{
		"markdown": inventory.Markdown, "md": inventory.Markdown, "json": inventory.JSON, "fides": inventory.Fides,
	}[*format]
	if !ok {
		return fmt.Errorf("privlint inventory: --format %q is not one of markdown, json, fides", *format)
	}
	cwd, err := os.Getwd()
	if err != nil {
		return fmt.Errorf("privlint inventory: %w", err)
	}
	outRoot, err := outputRoot(cwd)
	if err != nil {
		return fmt.Errorf("privlint inventory: %w", err)
	}
	pol, err := loadPolicy(*configFile, cwd)
	if err != nil {
		return fmt.Errorf("privlint: %w", err)
	}
	env, err := config.NewEnv(pol, config.Options{DepsFromExportData: true})
	if err != nil {
		return fmt.Errorf("privlint: %w", err)
	}
	inv, res, err := buildInventory(env, args, cwd, loadOptions{noCgo: *noCgo})
	if err != nil {
		return fmt.Errorf("privlint: %w", err)
	}
	printNotes(stderr, res)
	emit := func(w io.Writer) error { return render(w, inv) }
	err = report.Emit(*output, outRoot, stdout, emit)
	if err != nil {
		return fmt.Errorf("privlint: writing the inventory: %w", err)
	}
	for _, e := range res.errors {
		say(stderr, "privlint: %s", relError(e, cwd))
	}
	if len(res.errors) > 0 {
		return errReported
	}
	return nil
}

// buildInventory analyzes the packages and schemas selected by args (as
// privlint check does) and assembles the record.
func buildInventory(env *config.Env, args []string, cwd string, lo loadOptions) (*inventory.Inventory, *analysisResult, error) {
	pol := env.Policy
	patterns, schemaArgs := splitArgs(args, cwd)
	if len(args) == 0 {
		patterns = []string{"./..."}
	}
	res := &analysisResult{results: map[string][]any{}}
	if len(patterns) > 0 {
		var err error
		res, err = analyze(cwd, patterns, analyzers.New(config.Fixed(env)).All(), lo)
		if err != nil {
			return nil, nil, err
		}
	}
	in := inventory.Input{Policy: pol, Module: res.module, Rel: func(p string) string { return relPath(p, cwd) }}
	in.Fields = inventoryFields(res, safefile.RepoRoot(cwd))
	in.Flows = inventoryFlows(res)
	files, errs := schemacheck.Expand(pol, schemaArgs, cwd)
	res.merge(&analysisResult{errors: errs})
	if len(files) > 0 {
		props, perrs := schemacheck.Properties(files, schemacheck.Options{Policy: pol, Classifier: env.Classifier, Root: safefile.RepoRoot(cwd)})
		res.merge(&analysisResult{errors: perrs})
		for _, p := range props {
			kind := inventory.KindSchemaProperty
			if p.In != "" {
				kind = inventory.KindParameter
			}
			in.Properties = append(in.Properties, &inventory.Location{
				Kind: kind, Symbol: p.Pointer, File: p.Pos.File, Line: p.Pos.Line, Column: p.Pos.Column,
				Encrypted: p.Encrypted, Stored: p.Storage,
			})
			in.PropertyData = append(in.PropertyData, inventory.Datum{Category: p.Category, Purposes: p.Purposes, Special: p.Special})
		}
	}
	return inventory.Build(in), res, nil
}

// inventoryFields are the personal-data fields of the root packages, once
// each (a package and its test variant list the same fields).
func inventoryFields(res *analysisResult, root string) []*inventory.Field {
	fields := unusedProgram(res).Fields
	generated := generatedFiles{root: root, seen: map[string]bool{}}
	var out []*inventory.Field
	for _, key := range slices.Sorted(maps.Keys(fields)) {
		f := fields[key]
		out = append(out, &inventory.Field{
			Datum: inventory.Datum{Category: f.Category, Purposes: f.Purposes, Special: f.Special},
			Location: inventory.Location{
				Kind: inventory.KindGoField, Symbol: f.Symbol, Package: f.Package,
				File: f.Pos.File, Line: f.Pos.Line, Column: f.Pos.Column, Encrypted: f.Encrypted,
				Generated: generated.is(f.Pos.File),
			},
		})
	}
	return out
}

// generatedFiles tells, once per file, whether a Go file is generated: a
// "// Code generated … DO NOT EDIT." comment before its package clause
// (ast.IsGenerated), the rule internal/diag applies to findings.
type generatedFiles struct {
	root string
	seen map[string]bool
}

// maxGoHeader bounds what is read of a Go file to find its package clause.
const maxGoHeader = 1 << 20

func (g generatedFiles) is(file string) bool {
	if v, ok := g.seen[file]; ok {
		return v
	}
	v := false
	if f, err := safefile.Open(file, safefile.RootFor(g.root, file)); err == nil {
		src, rerr := io.ReadAll(io.LimitReader(f, maxGoHeader))
		f.Close()
		if rerr == nil {
			if af, perr := parser.ParseFile(token.NewFileSet(), file, src, parser.PackageClauseOnly|parser.ParseComments); perr == nil {
				v = ast.IsGenerated(af)
			}
		}
	}
	g.seen[file] = v
	return v
}

// inventoryFlows flattens the flow results of the root packages into one
// entry per source and sink.
func inventoryFlows(res *analysisResult) []*inventory.Flow {
	var out []*inventory.Flow
	for _, r := range res.results[flow.Name] {
		fr, ok := r.(*flow.Result)
		if !ok {
			continue
		}
		for _, fl := range fr.Flows {
			file, line, col := splitPos(fl.Sink.Pos)
			for _, src := range fl.Sources {
				out = append(out, &inventory.Flow{
					Kind:     string(fl.Sink.Kind),
					Category: src.Category,
					Purposes: src.Purposes,
					Sink: inventory.Sink{
						What: fl.Sink.What, Call: fl.Sink.Call, From: src.Symbol,
						File: file, Line: line, Column: col, Encrypted: src.Encrypted || src.Protected,
					},
					Source:    fieldID(src),
					Recipient: fl.Sink.Recipient,
					Host:      fl.Sink.Host,
					Package:   fl.Sink.Package,
				})
			}
		}
	}
	return out
}

// fieldID is the import-path-qualified struct field a source reads, or "".
func fieldID(src *flow.Source) string {
	if !src.Field {
		return ""
	}
	return src.ID
}

// relPath is path relative to cwd, with forward slashes, when it is below
// cwd; else the path as given.
func relPath(path, cwd string) string {
	if rel, err := filepath.Rel(cwd, path); err == nil && filepath.IsAbs(path) && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(path)
}
