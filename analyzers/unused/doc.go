// Package unused defines an Analyzer that finds personal data that is
// collected but never used (PL201 collected-never-used).
//
// # Analyzer unused
//
// unused: report personal-data fields that nothing reads
//
// For every personal-data struct field found by the classify analyzer
// (holders, whose members carry the findings, are skipped) the analyzer
// records, in non-test files (files ending in _test.go are ignored, so a
// read in a test is not a use, and the package and its test variant give
// the same result):
//
//   - reads, the uses: a selector x.F selecting the field, directly or
//     promoted through embedded structs, in any expression, function
//     literal or method body (so reads through method values and closures
//     count), unless its value goes straight into a storage or log call
//     (through &, *, conversions and formatters such as fmt.Sprintf or
//     slog.String): a storage or log function of the sink catalog, or a
//     call whose flows (the flow analyzer's, through helpers) reach only
//     storage and logs, unless its summary says the helper also uses the
//     argument otherwise (compares it, looks it up, hands it to a call
//     that reads it, or returns it to a caller that reads the result).
//     Such reads are recorded apart (Sunk), not as uses;
//   - reflective reads: a value whose type holds personal-data fields
//     converted to an interface (an argument of type any or of a type
//     parameter, a map[string]any entry, an interface field, a return)
//     is read whole (a function converted so, a template's FuncMap
//     entry, is called by its receiver: its results are read whole),
//     as encoders (encoding/json, encoding/xml, gob),
//     templates (html/template, text/template), response helpers and
//     formatters read it: every exported field reachable from it through
//     pointers, slices, maps and struct fields (every field for fmt),
//     unless the value goes only to storage or a log, directly or as an
//     encoder's output (b, _ := json.Marshal(v) used only in storage or
//     log calls; json.NewEncoder(file).Encode(v)). A struct given to a
//     call that declares tables (xorm's Sync, gorm's AutoMigrate) is read
//     too: the table is its use;
//   - values handed to a plugin: an argument of a method of an exported
//     interface of an importable package (neither main nor internal) of
//     the program's own repository is read whole, as an encoder reads
//     it, when no type of the program implements the interface: its
//     implementations are compiled in from outside (a plugin's Review(c)),
//     and their reads cannot be seen (plugins.go);
//   - copies: x.F used as the whole value stored into another
//     personal-data field, by assignment (a.G = x.F) or by a composite
//     literal (T{G: x.F}); a copy is a use only if its target is used;
//   - writes, the collection points: x.F on the left of an assignment or
//     ++/--, an element assignment x.F[k] = v, a composite-literal key
//     T{F: v} (or an unkeyed element), &x.F passed to a decoder, and any
//     other pointer passed to a decoder, which writes every exported
//     personal-data field reachable from it. Decoders are the calls named
//     Scan*, StructScan, Unmarshal*, Decode*, Bind*, ShouldBind*,
//     MustBind*, Find*, Get, Select, First, Last, Take and Load: decoders,
//     form binders and database reads. A decoder keeps only what the
//     program reads: a field it fills under a holder (a non-embedded
//     field whose value is a struct) that no code of the program reads,
//     by a selector or as an encoder's or template's argument, is dropped
//     with the decoded value (the bot's own account in the reply to a
//     message the program sends), so in the whole program that write
//     counts only when every holder on the way to the field is read;
//   - database lookups: a value stored into a column (bound to an INSERT
//     or UPDATE column by the SQL text the flow engine reads) that a
//     query of the program compares (in a WHERE, ON or HAVING condition
//     of a statement naming the same table) is read back by the
//     database for the program: a sign-in by WHERE google_id = $1 uses
//     every id stored in google_id.
//
// A field of a log record is not reported either: a struct whose values
// the program only ever hands to a log (a literal given to a log call or
// an application's logger, or to a template, encoder or formatter whose
// output goes only to a log; see logrecords.go) holds the log line's
// columns. SPEC §5 does not count a read into a log, so by its letter the
// field is never used; this is a deliberate reading of it: the field's use
// is the log, which PL102 judges, and PL201's advice would repeat PL102's.
// A struct also stored, returned, sent, decoded into or read elsewhere
// keeps the rule.
//
// A field that nothing writes is dead code, not collection: it is never
// reported. In the whole-program view of an application (a program with a
// main package), neither is a write inside a function or method of a main
// or internal package (nothing outside the program can call it) that no
// package of the program names and, for a method, that no interface with
// a method of its name can reach: that write never happens.
//
// It reports PL201 only for UNEXPORTED fields of the package: their readers
// are all in the package, so the package-local judgement is final. A field
// is unused when no non-test code reads it and every field it is copied
// into is itself unused (transitively); a copy into an exported field or a
// field of another package counts as a use here, since only a
// whole-program view can judge it.
//
// The result (*Result) lists the package's personal-data fields and, for
// every personal-data field of any package, its reads, copies and writes
// in this package, keyed by Key (import path + "." + symbol). Join merges
// the results of all root packages, and Program.Findings reports the
// exported fields (and the unexported ones whose only copies go to unused
// exported fields) that the whole program never uses, skipping the fields
// this analyzer has reported already: a driver that sees every package
// (privlint check) only calls them. The results of the exported functions
// and methods of a package that no package of the program imports (a
// library, such as an API client; not main, not internal) are read by
// callers outside the program: the exported fields reachable from them
// count as used.
package unused
