package flow

import (
	"reflect"
	"strings"
)

// mappingTags are the struct-tag keys of storage mappings whose value "-"
// leaves a field out of what the store writes: xorm, gorm, sqlx and pop (db), the
// MongoDB driver (bson), DynamoDB's attribute values (dynamodbav), bun
// and go-pg (pg). xorm also leaves out a field tagged "<-" (read from the
// database, never written), and gorm one tagged "-:all" or "<-:false".
var mappingTags = []string{"xorm", "gorm", "db", "bson", "dynamodbav", "bun", "pg"}

// unmapped returns the mapping tag keys of tag (a struct field's tag)
// that leave the field out of the store's writes, sorted as mappingTags.
func unmapped(tag string) []string {
	var out []string
	for _, k := range mappingTags {
		v, ok := reflect.StructTag(tag).Lookup(k)
		if !ok {
			continue
		}
		if leftOut(k, v) {
			out = append(out, k)
		}
	}
	return out
}

// leftOut reports whether the value v of mapping tag key k leaves the
// field out of writes.
func leftOut(k, v string) bool {
	first, _, _ := strings.Cut(v, ",")
	first = strings.TrimSpace(first)
	switch k {
	case "xorm":
		for _, w := range strings.Fields(v) {
			if w == "-" || w == "<-" {
				return true
			}
		}
		return false
	case "gorm":
		for _, part := range strings.Split(v, ";") {
			part = strings.TrimSpace(part)
			if part == "-" || part == "-:all" || part == "<-:false" {
				return true
			}
		}
		return false
	}
	return first == "-"
}

// MappedBy reports whether the store of the sink package pkg (a storage
// sink's SinkRef.Package) writes this whole struct's field: false when the
// field's tag for that store's mapping leaves it out.
func (s *Source) MappedBy(pkg string) bool {
	if len(s.Unmapped) == 0 {
		return true
	}
	for _, k := range s.Unmapped {
		for _, prefix := range mappingPackages[k] {
			if pkg == prefix || strings.HasPrefix(pkg, prefix+"/") {
				return false
			}
		}
	}
	return true
}

// mappingPackages are the import paths (and their subpackages) of the
// stores that read each mapping tag.
var mappingPackages = map[string][]string{
	"xorm":       {"xorm.io/xorm", "github.com/go-xorm/xorm"},
	"gorm":       {"gorm.io/gorm", "github.com/jinzhu/gorm"},
	"db":         {"github.com/jmoiron/sqlx", "github.com/gobuffalo/pop", "github.com/markbates/pop", "github.com/ory/pop"},
	"bson":       {"go.mongodb.org/mongo-driver"},
	"dynamodbav": {"github.com/aws/aws-sdk-go-v2/service/dynamodb", "github.com/aws/aws-sdk-go-v2/feature/dynamodb", "github.com/aws/aws-sdk-go/service/dynamodb"},
	"bun":        {"github.com/uptrace/bun"},
	"pg":         {"github.com/go-pg/pg"},
}
