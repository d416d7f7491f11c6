package shop

import "time"

// Customer: every rule on struct fields.
type Customer struct {
	ID         int64
	CustomerID int64
	Email      string    `purpose:"account"`
	Phone      string    `purpose:"shipping"`
	Mobile     string    // want `PL001 user.contact.phone_number in Customer.Mobile has no declared purpose`
	Name       string    `purpose:"acount"`                                        // want `PL002 purpose "acount" of Customer.Name is not defined in privlint.yaml; define it under purposes: or use one of: account, coaching, coarse, empty, research, screening, shipping`
	Birthday   time.Time `purpose:"account"`                                       // want `PL003 user.demographic.date_of_birth in Customer.Birthday is not allowed by its purpose \(account allows user.contact.email, user.name, user.authorization, user.account.username\)`
	Nickname   string    `purpose:"account,shipping,unknown"`                      // want `PL002 purpose "unknown" of Customer.Nickname`
	Religion   string    `pii:"user.demographic.religious_belief" purpose:"empty"` // want `PL003 .*\(empty allows no categories\)` `PL004 user.demographic.religious_belief in Customer.Religion is special-category data \(GDPR Art. 9\) but purpose "empty" has no special_category_basis`
	Diagnosis  string    `purpose:"coaching"`
	Allergies  []string  `purpose:"research"` // want `PL004 user.health_and_medical in Customer.Allergies is special-category data \(GDPR Art. 9\) but purpose "research"`
	Conviction string    `pii:"user.criminal_history" purpose:"screening"`
	Offence    string    `pii:"user.criminal_history" purpose:"research"` // want `PL004 .*\(GDPR Art. 10\) but purpose "research"`
	Address    string    `purpose:"coarse"`
	Street     string    `pii:"user.contact.address" purpose:"coarse"` // want `PL003 user.contact.address in Customer.Street is not allowed`

	// Not personal data: none of these may be reported.
	FileName      string
	HostName      string
	AddressSpace  string
	EmailTemplate string
	PhoneticKey   string
	NameSpace     string
	ZipFile       string
	EmailVerified bool
	PhoneCount    int
	Notes         string `pii:"-"`
}

// Settings is configuration: its secrets are the system's, not a person's.
type Settings struct {
	SMTPPassword string
	APIKey       string
	Password     string
}

// Campaign is not person-like: its name and sender address are not personal data.
type Campaign struct {
	Name      string
	FromEmail string
}

// UserRole is not person-like: Name is a role's name.
type UserRole struct {
	Name string
}
