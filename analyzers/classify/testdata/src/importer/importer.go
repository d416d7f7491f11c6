package importer

import "fields"

// Wrapper holds a struct from another package whose members are personal:
// the fact on fields.Address's members crosses the package boundary.
type Wrapper struct {
	HomeAddress fields.Address // want HomeAddress:"pii user.contact.address by name holder"
	Note        string
}
