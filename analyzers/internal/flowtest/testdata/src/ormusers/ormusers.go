// Package ormusers writes records through dbx's Engine interface without
// importing gorm itself.
package ormusers

import (
	"context"

	"ormrepo/dbx"
)

// Applicant is a person with a plaintext government id.
type Applicant struct {
	ID  int64
	SSN string `purpose:"account"`
}

func register(ctx context.Context, a *Applicant) error {
	if err := dbx.For(ctx).First(&Applicant{}, a.ID).Error; err == nil { // ok: a read
		return nil
	}
	return dbx.For(ctx).Create(a).Error // want `PL101 user\.government_id\.national_identification_number from Applicant\.SSN is written to a database \(gorm\) unencrypted \(dbx\.For\(ctx\)\.Create\)`
}
