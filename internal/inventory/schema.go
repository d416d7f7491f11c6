package inventory

import _ "embed"

// Schema is the JSON Schema (draft-07) of the JSON format, the file
// inventory.schema.json shipped in the repository.
//
//go:embed inventory.schema.json
var Schema []byte
