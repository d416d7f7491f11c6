// Package manyimpls holds PL102 cases of a call through an interface
// that more than maxImpls types of the program implement (a family of
// directory providers): its results carry what the implementations
// return, not everything the provider holds.
package manyimpls

import (
	"fmt"
	"log"
)

// Syncer is a directory synchronisation's settings: the service account
// it signs in with.
type Syncer struct {
	Kind     string
	User     string
	Password string
}

// Group is a directory's group.
type Group struct {
	ID   string
	Size int
}

// Provider reads a directory.
type Provider interface {
	// Groups lists the directory's groups.
	Groups() ([]*Group, error)
	// Greeting greets a member by address.
	Greeting(email string) string
}

type dir0 struct{ syncer *Syncer }

func (d *dir0) Groups() ([]*Group, error) { return []*Group{{ID: "g0"}}, nil }

func (d *dir0) Greeting(email string) string { return "hello 0 " + email }

type dir1 struct{ syncer *Syncer }

func (d *dir1) Groups() ([]*Group, error) { return []*Group{{ID: "g1"}}, nil }

func (d *dir1) Greeting(email string) string { return "hello 1 " + email }

type dir2 struct{ syncer *Syncer }

func (d *dir2) Groups() ([]*Group, error) { return []*Group{{ID: "g2"}}, nil }

func (d *dir2) Greeting(email string) string { return "hello 2 " + email }

type dir3 struct{ syncer *Syncer }

func (d *dir3) Groups() ([]*Group, error) { return []*Group{{ID: "g3"}}, nil }

func (d *dir3) Greeting(email string) string { return "hello 3 " + email }

type dir4 struct{ syncer *Syncer }

func (d *dir4) Groups() ([]*Group, error) { return []*Group{{ID: "g4"}}, nil }

func (d *dir4) Greeting(email string) string { return "hello 4 " + email }

type dir5 struct{ syncer *Syncer }

func (d *dir5) Groups() ([]*Group, error) { return []*Group{{ID: "g5"}}, nil }

func (d *dir5) Greeting(email string) string { return "hello 5 " + email }

type dir6 struct{ syncer *Syncer }

func (d *dir6) Groups() ([]*Group, error) { return []*Group{{ID: "g6"}}, nil }

func (d *dir6) Greeting(email string) string { return "hello 6 " + email }

type dir7 struct{ syncer *Syncer }

func (d *dir7) Groups() ([]*Group, error) { return []*Group{{ID: "g7"}}, nil }

func (d *dir7) Greeting(email string) string { return "hello 7 " + email }

type dir8 struct{ syncer *Syncer }

func (d *dir8) Groups() ([]*Group, error) { return []*Group{{ID: "g8"}}, nil }

func (d *dir8) Greeting(email string) string { return "hello 8 " + email }

type dir9 struct{ syncer *Syncer }

func (d *dir9) Groups() ([]*Group, error) { return []*Group{{ID: "g9"}}, nil }

func (d *dir9) Greeting(email string) string { return "hello 9 " + email }

func providerOf(s *Syncer) Provider {
	switch s.Kind {
	case "0":
		return &dir0{syncer: s}
	case "1":
		return &dir1{syncer: s}
	case "2":
		return &dir2{syncer: s}
	case "3":
		return &dir3{syncer: s}
	case "4":
		return &dir4{syncer: s}
	case "5":
		return &dir5{syncer: s}
	case "6":
		return &dir6{syncer: s}
	case "7":
		return &dir7{syncer: s}
	case "8":
		return &dir8{syncer: s}
	case "9":
		return &dir9{syncer: s}
	}
	return nil
}

func syncGroups(s *Syncer) {
	groups, err := providerOf(s).Groups()
	if err != nil {
		return
	}
	for _, g := range groups {
		fmt.Printf("group %v\n", g) // ok: what the directories return, not the settings the provider holds
	}
}

// Update saves new settings, keeping the old password when the form
// left it masked, and syncs.
func Update(s, old *Syncer) {
	if s.Password == "***" {
		s.Password = old.Password
	}
	syncGroups(s)
}

func greet(s *Syncer, email string) {
	log.Print(providerOf(s).Greeting(email)) // want `PL102 user\.contact\.email from parameter email of greet is written to the log \(log\.Print\)`
}
