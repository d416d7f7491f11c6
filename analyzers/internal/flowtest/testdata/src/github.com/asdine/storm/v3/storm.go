// Package storm is a stand-in for github.com/asdine/storm/v3, an ORM over
// bbolt. As in the library, DB embeds the Node interface, which embeds
// the interfaces that declare the methods, and the implementation is
// unexported.
package storm

// Finder reads.
type Finder interface {
	One(fieldName string, value interface{}, to interface{}) error
	All(to interface{}) error
}

// TypeStore stores structs.
type TypeStore interface {
	Finder
	Save(data interface{}) error
	Update(data interface{}) error
	UpdateField(data interface{}, fieldName string, value interface{}) error
	DeleteStruct(data interface{}) error
}

// KeyValueStore stores values under keys.
type KeyValueStore interface {
	Get(bucketName string, key interface{}, to interface{}) error
	Set(bucketName string, key interface{}, value interface{}) error
	SetBytes(bucketName string, key interface{}, value []byte) error
}

// Node is a bucket.
type Node interface {
	TypeStore
	KeyValueStore
	From(addend ...string) Node
}

// DB is the database.
type DB struct {
	Node
}

// Open opens a database.
func Open(path string) (*DB, error) { return &DB{}, nil }
