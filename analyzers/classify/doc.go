// Package classify defines an Analyzer that finds the struct fields that
// hold personal data and records, for each, its category, how it was
// detected and its declared purposes.
//
// # Analyzer classify
//
// classify: find personal-data struct fields
//
// A field is personal data when one of these says so, strongest first:
//
//   - an annotation: the struct tag pii:"<category>[,encrypted]" (pii:"-"
//     says it is not personal data, pii:"true" that it is and lets the
//     classifier infer the category), or the go-masker tag mask:"<kind>";
//   - its Go type (net/mail.Address, net.IP, net/netip.Addr, …);
//   - its json, db, gorm, bson, yaml, xml, form or query tag name;
//   - its field name, split into tokens and matched against the taxonomy
//     (see rules/taxonomy.yaml), with the precision rules of the privlint
//     specification: veto tokens, weak names only on person-like types,
//     configuration types never personal, internal ids never personal;
//   - its doc comment, or its line comment, read for its subject as a
//     schema description is: it names the data when the name does not
//     (with a person in it or a person-like holder), and refutes a name
//     whose comment names a template, a count or a flag.
//
// Struct types are classified wherever they are written: declared types
// (at package level, in functions, in the function literal of a
// variable's initializer) and anonymous ones — of a variable, a
// parameter, a composite literal, the elements of a slice or map. The name
// holding an anonymous struct is judged as a type's name is; one no name
// holds (a composite literal passed to a call) is judged by its fields
// alone and named after the enclosing function. A field named only for
// its elements (Values, Items, Data) passes its holder's name on. A struct
// type that a configuration type of its package holds (Config.Web of type
// Web, at any depth) is a section of the configuration, as an anonymous
// struct nested in one is: its members are settings unless its own name
// is a person's.
//
// The fact records the evidence that decided (the kind, then items such as
// name:email(head) and holder:person-like(User)); reports list it as
// detectedBy.
//
// Declared purposes come from the struct tag purpose:"a,b", a
// //privlint:purpose directive on the field, on its type, or above the
// package clause; a nearer declaration replaces an inherited one (field over
// type over package). Anonymous struct types nested in a declaration inherit
// the purposes of the field that holds them.
//
// The analyzer exports a *Field fact on every personal-data field, so that
// packages importing it know its category and purposes, and returns a
// *Result listing the fields of the package in source order.
//
// It reports PL005 (annotation-invalid) for annotations it cannot
// understand: an unknown category in a pii tag, an unknown pii option, an
// unknown //privlint: directive, a //privlint:purpose with no purpose, and a
// //privlint:ignore without rule ids or without a reason (such an ignore
// suppresses nothing).
//
// Structs declared in _test.go files are not classified: test fixtures
// collect no data of their own. Structs in generated files ("// Code
// generated ... DO NOT EDIT.") are classified, so that their facts reach
// the flow rules, but no finding located in a generated file is reported
// unless -include-generated is given.
package classify
