// Package ormrepo holds PL101 cases of records written through gorm
// behind the application's own interface over it, and of fields that the
// mapping's tags leave out of the table.
package ormrepo

import (
	"context"

	"gorm.io/gorm"
)

// Member is a person with a plaintext government id.
type Member struct {
	ID  int64
	SSN string `purpose:"account"`
}

// Patient is a person with a diagnosis. Its SSN is held in memory only:
// the gorm mapping leaves it out of the table.
type Patient struct {
	ID        int64
	Diagnosis string `purpose:"care"`
	SSN       string `gorm:"-" purpose:"account"`
}

// Store is the application's view of the database.
type Store interface {
	Create(value any) *gorm.DB
	First(dest any, conds ...any) *gorm.DB
}

var db *gorm.DB

func storeFor(ctx context.Context) Store { return db }

func unmappedField(g *gorm.DB, p *Patient) {
	g.Create(p)                                      // want `PL101 user\.health_and_medical from Patient\.Diagnosis is written to a database \(gorm\) unencrypted \(g\.Create\)`
	g.Model(p).Updates(map[string]any{"ssn": p.SSN}) // want `PL101 user\.government_id\.national_identification_number from Patient\.SSN is written to a database \(gorm\) unencrypted \(g\.Model\(p\)\.Updates\)`
}

func throughInterface(ctx context.Context, m *Member) error {
	if err := storeFor(ctx).First(&Member{}, m.ID).Error; err == nil { // ok: a read
		return nil
	}
	return storeFor(ctx).Create(m).Error // want `PL101 user\.government_id\.national_identification_number from Member\.SSN is written to a database \(gorm\) unencrypted \(storeFor\(ctx\)\.Create\)`
}
