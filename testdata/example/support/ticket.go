// Package support handles customer-service tickets.
package support

// Ticket is a customer-service request.
type Ticket struct {
	ID            int64
	CustomerEmail string
	Subject       string
	// The phone number is kept for call-backs; the team has accepted this
	// until the purpose is written down.
	CallbackPhone string //privlint:ignore PL001 call-back numbers are deleted after 30 days, DPIA-2026-04
}
