// Package reminders e-mails patients before their appointments.
package reminders

import "database/sql"

// Appointment is a patient's booking.
type Appointment struct {
	PatientEmail string `json:"patient_email" purpose:"appointment_reminders"`
	PatientName  string `json:"patient_name" purpose:"appointment_reminders"`
	// Reason is encrypted at rest by the database.
	Reason string `json:"reason" pii:"user.health_and_medical,encrypted" purpose:"appointment_reminders"`
}

// Book stores an appointment.
func Book(db *sql.DB, a Appointment) error {
	_, err := db.Exec("INSERT INTO appointments (email, name, reason) VALUES ($1, $2, $3)",
		a.PatientEmail, a.PatientName, a.Reason)
	return err
}
