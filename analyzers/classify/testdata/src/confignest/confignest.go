// Package confignest holds anonymous structs nested in configuration
// (a Settings type's SMTP servers, an Opt literal's webhook login) and
// structs a configuration loader fills (koanf, env tags): their logins
// and passwords are the system's, not a person's. Fields with a want
// comment must be flagged, the others must not.
package confignest

// Settings are the app's settings, kept in its database.
type Settings struct {
	SiteName string `json:"app.site_name"`
	SMTP     []struct {
		Host     string `json:"host"`
		Username string `json:"username"`
		Password string `json:"password"`
		Auth     struct {
			Token string `json:"token"`
		} `json:"auth"`
	} `json:"smtp"`
	BouncePostmark struct {
		Enabled  bool   `json:"enabled"`
		Username string `json:"username"`
		Password string `json:"password"`
	} `json:"bounce.postmark"`
	// A person named in the settings stays a person.
	Admin struct {
		Email string `json:"email"` // want Email:"pii user.contact.email by tag"
	} `json:"admin"`
}

// Opt are a bounce manager's options.
type Opt struct {
	Postmark struct {
		Username string
		Password string
	}
}

// Feed is a feed a user subscribes to: the login is the user's own at
// the feed's site (not configuration).
type Feed struct {
	URL      string
	Username string // want Username:"pii user.account.username by name"
	Password string // want Password:"pii user.authorization.password by name"
}

// Account is a signed-up user; its nested profile is the person's.
type Account struct {
	Email   string // want Email:"pii user.contact.email by name"
	Profile struct {
		Login    string // want Login:"pii user.account.username by name"
		Password string // want Password:"pii user.authorization.password by name"
	}
}

func newOpt(user, pass string) Opt {
	opt := Opt{
		Postmark: struct {
			Username string
			Password string
		}{
			user,
			pass,
		},
	}
	return opt
}

func initDB() string {
	var c struct {
		Host     string `koanf:"host"`
		User     string `koanf:"user"`
		Password string `koanf:"password"`
	}
	return c.Host + c.User + c.Password
}

// Env is read from the environment.
type Env struct{}

// dbLogin is filled from environment variables.
type dbLogin struct {
	User     string `env:"DB_USER"`
	Password string `env:"DB_PASSWORD"`
}

// request is a sign-up request with the same field names: no loader's tag.
type request struct {
	Username string `json:"username"` // want Username:"pii user.account.username by tag"
	Password string `json:"password"` // want Password:"pii user.authorization.password by tag"
}

// User is a user of the file-based user database, which the app loads
// with a configuration loader too: the person's name keeps its data.
type User struct {
	Username string `koanf:"username"` // want Username:"user.account.username"
	Website  string `koanf:"website"`  // want Website:"user.contact.url"
	Email    string `koanf:"email"`    // want Email:"user.contact.email"
}
