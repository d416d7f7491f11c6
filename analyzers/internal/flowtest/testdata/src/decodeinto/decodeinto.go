// Package decodeinto holds cases of a struct given by address to a method
// that decodes into it (Bind, Unmarshal…): the data flow from the
// receiver into the struct, not from the struct into the receiver.
package decodeinto

import (
	"encoding/json"
	"io"
	"log"
	"net/http"

	"example.com/konf"
)

// Signup is what a sign-up form sends.
type Signup struct {
	Email string `purpose:"account"`
	Plan  string
}

// Server is an SMTP server's settings (their fields are what the
// receiver holds, not data of the struct).
type Server struct {
	Host     string
	Username string `purpose:"account"`
	Password string `purpose:"account"`
}

func loadServer(item *konf.K) Server {
	var s Server
	if err := item.UnmarshalWithConf("", &s, nil); err != nil {
		log.Fatalf("reading the config: %v", err)
	}
	log.Printf("server at %s", item.String("host")) // ok: the receiver holds what it decoded into s, not s's fields
	return s
}

func bindAndDrop(c konf.Context) error {
	u := Signup{}
	if err := c.Bind(&u); err != nil {
		return err
	}
	log.Printf("dropping session %s", c.SessionID()) // ok: Bind filled u from c; c carries none of u's fields
	return nil
}

func bindAndLog(c konf.Context) error {
	var u Signup
	if err := c.Bind(&u); err != nil {
		return err
	}
	log.Printf("signing up %s", u.Email) // want `PL102 user\.contact\.email from Signup\.Email is written to the log \(log\.Printf\)`
	return nil
}

func setThenLog(c konf.Context, u *Signup) {
	c.Set("user", u)
	log.Printf("user %v", c.Get("user")) // want `PL102 user\.contact\.email from Signup\.Email is written to the log \(log\.Printf\)`
}

func respondAfter(c konf.Context, s *Signup) error {
	log.Printf("session %s", c.SessionID()) // ok: what c.JSON below sends goes to the client, not into c
	if s.Plan == "" {
		return c.String(400, "no plan for "+s.Email)
	}
	return c.JSON(200, s)
}

// SignupError is what the sign-up service answers on failure.
type SignupError struct {
	Message string
	Status  string
}

func decodeEitherAnswer() []Signup {
	resp, err := http.Get("https://signup.example.com/v1/signups")
	if err != nil {
		return nil
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil
	}
	if resp.StatusCode != http.StatusOK {
		var e SignupError
		if err := json.Unmarshal(body, &e); err == nil {
			log.Printf("sign-up service failed: %v", e) // ok: the error answer; the success answer decoded below does not flow back into body
		}
		return nil
	}
	var signups []Signup
	if err := json.Unmarshal(body, &signups); err != nil {
		return nil
	}
	return firstEmail(signups)
}

// firstEmail returns the sign-ups up to the first one with an address.
func firstEmail(signups []Signup) []Signup {
	for i, s := range signups {
		if s.Email != "" {
			return signups[:i+1]
		}
	}
	return nil
}

func decodeKnownAnswer(s Signup) {
	body, _ := json.Marshal(s)
	var e SignupError
	if err := json.Unmarshal(body, &e); err == nil {
		log.Printf("decoded: %v", e) // want `PL102 user\.contact\.email from Signup\.Email is written to the log \(log\.Printf\)`
	}
}
