package logcases

import (
	"log"
	"time"
)

// Subscriber keeps the zone its owner set: a place name ("Europe/Berlin").
type Subscriber struct {
	Email    string
	Location string
}

// schedule shows times in the subscriber's zone: a time in a zone prints an
// offset, not the place the zone is named for.
func schedule(m *Subscriber) {
	loc, err := time.LoadLocation(m.Location)
	if err != nil {
		log.Printf("bad zone %s", m.Location) // want `PL102 user\.location from Subscriber\.Location is written to the log \(log\.Printf\)`
		return
	}
	next := time.Now().In(loc)
	log.Printf("next run %s", next)                                     // ok: an offset, not the place
	log.Printf("day starts %s", time.Date(2026, 1, 2, 0, 0, 0, 0, loc)) // ok
}
