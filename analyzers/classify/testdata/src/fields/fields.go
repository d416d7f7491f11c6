package fields

import (
	"net"
	"net/mail"
	"net/netip"
	"time"
)

// User is person-like: weak names count here.
type User struct {
	ID            int64
	UserID        int64
	Email         string       // want Email:"pii user.contact.email by name"
	Name          string       // want Name:"pii user.name by name"
	Username      string       // want Username:"pii user.account.username by name"
	Password      string       // want Password:"pii user.authorization.password by name"
	PasswordHash  []byte       // want PasswordHash:"pii user.authorization.password by name protected"
	DateOfBirth   time.Time    // want DateOfBirth:"pii user.demographic.date_of_birth by name"
	LastLoginIP   net.IP       // want LastLoginIP:"pii user.device.ip_address by type"
	Contact       mail.Address // want Contact:"pii user.contact.email by type"
	SignupAddr    netip.Addr   // want SignupAddr:"pii user.device.ip_address by type"
	Mail          string       `json:"e_mail"`      // want Mail:"pii user.contact.email by tag"
	Column        string       `db:"geburtsdatum"`  // want Column:"pii user.demographic.date_of_birth by tag"
	Gorm          string       `gorm:"column:iban"` // want Gorm:"pii user.financial.bank_account by tag"
	LoyaltyID     string       // want LoyaltyID:"pii user.loyalty_id by name"
	EmailVerified bool
	PhoneCount    int
	CreatedAt     time.Time
	Timeout       time.Duration
}

// Address holds classified members: the holder field is marked so.
type Address struct {
	Street     string // want Street:"pii user.contact.address.street by name"
	PostalCode string // want PostalCode:"pii user.contact.address.postal_code by name"
}

// Customer holds an Address: the findings sit on Address's members.
type Customer struct {
	Email           string   // want Email:"pii user.contact.email by name"
	BillingAddress  Address  // want BillingAddress:"pii user.contact.address by name holder"
	ShippingAddress *Address // want ShippingAddress:"pii user.contact.address by name holder"
}

// Date has no personal members; BirthDate Date is a date of birth.
type Date struct{ Day, Month, Year int }

// Applicant's birth date is a struct judged by its name.
type Applicant struct {
	BirthDate Date // want BirthDate:"pii user.demographic.date_of_birth by name"
}

// signupRequest is person-like by co-occurrence: it holds an email.
type signupRequest struct {
	Email    string // want Email:"pii user.contact.email by name"
	Username string // want Username:"pii user.account.username by name"
	Password string // want Password:"pii user.authorization.password by name"
}

var _ = signupRequest{}
