// Package precision holds names that look personal but are not (SPEC §1):
// no field here may be classified.
package precision

import (
	"sync"
	"sync/atomic"
	"time"
)

// Customer is person-like, and still none of these is personal data.
type Customer struct {
	ID            int64
	UserID        int64
	CustomerID    int64
	FileName      string
	HostName      string
	AddressSpace  string
	EmailTemplate string
	PhoneticKey   string
	NameSpace     string
	ZipFile       string
	ServerIP      string
	BindAddr      string
	HealthCheck   string
	Latency       time.Duration
	RaceCondition bool
	EmailVerified bool
	PhoneCount    int
	Pinned        bool
	State         string
	Language      string
}

// ServerConfig is configuration: its credentials are the system's.
type ServerConfig struct {
	SMTPPassword string
	Password     string
	APIKey       string
	Token        string
}

// Campaign is not person-like; its sender address is a role's.
type Campaign struct {
	Name      string
	FromEmail string
}

// UserRole is not person-like.
type UserRole struct {
	Name string
}

// Key is a TLS key; its fingerprint is not biometric.
type Key struct {
	SSHKeyFingerprint string
	CertFingerprint   string
}

// Printer is person-like by its fields' names only: the lock guarding the
// name printed last, a callback and atomic flags hold no personal data.
type Printer struct {
	lastNameMu  sync.Mutex
	nameOnce    sync.Once
	sendEmail   func(to string) error
	phoneSeen   atomic.Bool
	EmailCount  atomic.Int64
	addressWait sync.WaitGroup
}
