// Package schemacheck checks JSON Schema (draft-04 to 2020-12), OpenAPI 3.0
// and 3.1 and Swagger 2.0 documents, in YAML or JSON, for personal data
// (SPEC §4): it classifies every property and parameter with the same
// classifier as the Go analyzers and judges it against the policy with
// rules PL001–PL004 (purposes), PL101 (x-storage schemas whose sensitive
// properties are not x-encrypted) and PL104 (personal data in URL path or
// query parameters).
//
// Files are parsed into trees of this package's nodes, which hold what the
// checker reads of gopkg.in/yaml.v3's — JSON by a strict parser of this
// package, plain block YAML by a fast reader of this package and other
// YAML by yaml.v3, whose tree is converted — so that every finding and
// every error points at a line and a 1-based byte column (yaml.v3 counts
// code points; they are converted).
// The document kind is decided by content: `openapi: 3.0.x`/`3.1.x`,
// `swagger: "2.0"`, or a JSON Schema by `$schema` or by its keywords.
//
// The walk follows properties, patternProperties, additionalProperties,
// items/prefixItems, allOf/anyOf/oneOf/not, $defs/definitions and $ref to
// the same or another local file (each target is walked once; cycles end);
// for OpenAPI, paths, operations, parameters, request bodies, responses,
// headers, callbacks and components; for Swagger, paths, definitions,
// parameters and responses. Remote references are never fetched: they are
// reported as unresolved. x-purpose is inherited by nested properties and
// a nearer one replaces it; purposes (and x-storage, x-encrypted) do not
// flow through $ref — a referenced schema is judged with the declarations
// of its own ancestors in its own document.
//
// JSON Schema documents are validated against their meta-schema with
// github.com/santhosh-tekuri/jsonschema/v5, using only its embedded
// meta-schemas (its loader is replaced by one that always fails), each
// compiled once per process. A fast path first interprets the compiled
// meta-schema directly on the node tree; only a document it cannot prove
// valid is converted and validated by jsonschema, which then words the
// errors, so the result is the same either way. Whole
// OpenAPI documents are not compiled with the validator; privlint's own
// keywords (x-pii, x-purpose, x-storage, x-encrypted) are validated in every
// document kind.
//
// SQL DDL files (*.sql but *.down.sql; PostgreSQL, MySQL/MariaDB and
// SQLite) are read by a reader of this package (sqllex.go, sql.go) into
// holders (tables) and properties (columns), which the same classifier and
// judge check (model.go); every table is storage (SPEC §4.1). GraphQL SDL
// files (*.graphql, *.graphqls, *.gql) are parsed with
// github.com/vektah/gqlparser/v2 into holders (types, and each field's
// arguments) and properties (fields, arguments); Protocol Buffers files
// (*.proto) with github.com/bufbuild/protocompile's parser into messages
// and fields.
package schemacheck
