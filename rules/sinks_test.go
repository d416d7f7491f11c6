package rules

import (
	"strings"
	"testing"
)

// TestParseSinksWeakFields checks the PL105 fields of the catalog: where
// each may appear and which values it takes.
func TestParseSinksWeakFields(t *testing.T) {
	checkParse(t, []parseCase{
		{"sanitizers:\n  - {pkg: crypto/md5, names: [Sum], weak: hash}\n", ""},
		{"sanitizers:\n  - {pkg: crypto/hmac, names: [New], weak: mac, secret: 1}\n", ""},
		{"ciphers:\n  - {pkg: crypto/cipher, names: [NewGCMWithRandomNonce], block: 0, nonce: -1}\n", ""},
		{"storage:\n  - {pkg: go.etcd.io/bbolt, recv: [Bucket], names: [Put], keys: [0]}\n", ""},
		{"sanitizers:\n  - {pkg: crypto/md5, names: [Sum], weak: fast}\n", `bad weak "fast"`},
		{"storage:\n  - {pkg: database/sql, recv: [DB], names: [Exec], weak: hash}\n", "weak: is for sanitizers, not storage"},
		{"log:\n  - {pkg: log, names: [Print], keys: [0]}\n", "keys: is for storage sinks, not log"},
		{"storage:\n  - {pkg: x, names: [Put], keys: [-1]}\n", "bad keys entry -1"},
		{"ciphers:\n  - {pkg: crypto/aes, names: [NewCipher], secret: -1}\n", "bad secret -1"},
		{"third_party:\n  - {pkg: x, names: [Send], nonce: 1}\n", "nonce: is for sanitizers and ciphers, not third_party"},
	})
}

// parseCase is a catalog text and the error ParseSinks must give for it
// ("" for none).
type parseCase struct{ yaml, err string }

// checkParse parses each case's catalog and checks its error.
func checkParse(t *testing.T, cases []parseCase) {
	t.Helper()
	for _, tc := range cases {
		_, err := ParseSinks([]byte(tc.yaml))
		switch {
		case tc.err == "" && err != nil:
			t.Errorf("%q: %v", tc.yaml, err)
		case tc.err != "" && (err == nil || !strings.Contains(err.Error(), tc.err)):
			t.Errorf("%q: error %v, want one containing %q", tc.yaml, err, tc.err)
		}
	}
}

// TestParseSinksSourceFields checks how a source names its input: by a
// key argument or by the inputs its results are, one way only, and only
// on sources.
func TestParseSinksSourceFields(t *testing.T) {
	checkParse(t, []parseCase{
		{"sources:\n  - {pkg: net/http, recv: [Request], names: [FormValue], key: 0}\n", ""},
		{"sources:\n  - {pkg: github.com/gorilla/mux, names: [Vars], key: -1}\n", ""},
		{"sources:\n  - {pkg: net/http, recv: [Request], names: [BasicAuth], inputs: [username, password, \"\"]}\n", ""},
		{"sources:\n  - {pkg: net/http, recv: [Request], names: [FormValue]}\n", "a source needs key"},
		{"sources:\n  - {pkg: x, names: [Get], key: 0, inputs: [email]}\n", "key or inputs, not both"},
		{"sources:\n  - {pkg: x, names: [Get], key: -2}\n", "bad key -2"},
		{"log:\n  - {pkg: log, names: [Print], key: 0}\n", "key: and inputs: are for sources, not log"},
		{"log:\n  - {pkg: x, names: [LoggingHandler], inputs: [remote_addr]}\n", ""},
		{"log:\n  - {pkg: x, names: [LoggingHandler], inputs: [remote_addr], args: [\"0\"]}\n", "inputs or args, not both"},
		{"storage:\n  - {pkg: x, names: [Put], inputs: [email]}\n", "key: and inputs: are for sources, not storage"},
		{"storage:\n  - {pkg: x, names: [Put], key: 0}\n", "key: and inputs: are for sources, not storage"},
	})
}

// TestDefaultSinksWeak checks that the embedded catalog marks the fast
// hashes weak and keeps the password hashes strong.
func TestDefaultSinksWeak(t *testing.T) {
	s, err := DefaultSinks()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		pkg, recv, name, weak string
	}{
		{"crypto/md5", "", "Sum", WeakHash},
		{"crypto/sha256", "", "Sum256", WeakHash},
		{"hash/fnv", "", "New64a", WeakHash},
		{"crypto/hmac", "", "New", WeakMAC},
		{"crypto/cipher", "AEAD", "Seal", WeakCipher},
		{"golang.org/x/crypto/bcrypt", "", "GenerateFromPassword", ""},
		{"golang.org/x/crypto/argon2", "", "IDKey", ""},
	} {
		f := FindFunc(s.Sanitizers, c.pkg, c.recv, c.name)
		if f == nil {
			t.Errorf("%s.%s is not a sanitizer", c.pkg, c.name)
			continue
		}
		if f.Weak != c.weak {
			t.Errorf("%s.%s: weak %q, want %q", c.pkg, c.name, f.Weak, c.weak)
		}
	}
	if FindFunc(s.Ciphers, "crypto/aes", "", "NewCipher") == nil {
		t.Error("aes.NewCipher is not a cipher constructor")
	}
	if FindFunc(s.Encoders, "encoding/base64", "Encoding", "EncodeToString") == nil {
		t.Error("base64 EncodeToString is not an encoder")
	}
}

// TestParseSinksBackendFields checks where the fields that find a
// recipient from a client's constructor may appear.
func TestParseSinksBackendFields(t *testing.T) {
	checkParse(t, []parseCase{
		{"third_party:\n  - {pkg: x, recv: [Client], names: [Chat], backend: recv, recipient: x, what: X}\n", ""},
		{"third_party:\n  - {pkg: x, names: [Run], backend: \"1\", recipient: x, what: X}\n", ""},
		{"backends:\n  - {pkg: x, names: [New], urlopts: [WithBaseURL], recipient: x, what: X}\n", ""},
		{"backends:\n  - {pkg: x, names: [NewEmbedder], model: 0}\n", ""},
		{"third_party:\n  - {pkg: x, names: [Run], backend: client}\n", `bad backend "client"`},
		{"storage:\n  - {pkg: x, names: [Put], backend: recv}\n", "backend: is for third_party entries"},
		{"third_party:\n  - {pkg: x, names: [Run], urlopts: [WithBaseURL]}\n", "are for backends, not third_party"},
		{"backends:\n  - {pkg: x, names: [New]}\n", "a backend needs recipient and what, or model"},
		{"hosts:\n  - {host: api.example.com, recipient: x}\n", "an entry needs host, recipient and what"},
		{"hosts:\n  - {host: \"[\", recipient: x, what: X}\n", "bad host pattern"},
	})
	s, err := DefaultSinks()
	if err != nil {
		t.Fatal(err)
	}
	for host, want := range map[string]string{"api.openai.com": "openai", "myco.openai.azure.com": "azure-openai", "bedrock-runtime.eu-west-1.amazonaws.com": "aws-bedrock", "api.example.com": ""} {
		got := ""
		if h := FindHost(s.Hosts, host); h != nil {
			got = h.Recipient
		}
		if got != want {
			t.Errorf("FindHost(%q) = %q, want %q", host, got, want)
		}
	}
}
