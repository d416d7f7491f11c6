package schemacheck

import (
	"testing"
)

// TestProviderFromServers: the API's provider is read from its servers'
// host names (OpenAPI 3) or its host (Swagger 2), and a description that
// names it as the owner of a value makes that value the provider's.
func TestProviderFromServers(t *testing.T) {
	const schemas = `"components": {"schemas": {"Grant": {"type": "object", "properties": {
  "donorAccount": {"type": "string", "description": "The Globex account name of the donor."},
  "payerAccount": {"type": "string", "description": "The payer's account name."}}}}}`
	for _, tc := range []struct {
		name, doc string
		want      []string // the symbols reported
	}{
		{"servers", `{"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
  "servers": [{"url": "https://api-test.globex.co.uk/v2"}], "paths": {}, ` + schemas + `}`,
			[]string{"/components/schemas/Grant/properties/payerAccount"}},
		{"no servers", `{"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {}, ` + schemas + `}`,
			[]string{"/components/schemas/Grant/properties/donorAccount", "/components/schemas/Grant/properties/payerAccount"}},
		{"templated host", `{"openapi": "3.0.3", "info": {"title": "t", "version": "1"},
  "servers": [{"url": "https://{region}.{provider}.com"}], "paths": {}, ` + schemas + `}`,
			[]string{"/components/schemas/Grant/properties/donorAccount", "/components/schemas/Grant/properties/payerAccount"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := reportedSymbols(t, tc.doc)
			if len(got) != len(tc.want) {
				t.Fatalf("reported %v, want %v", got, tc.want)
			}
			for i := range got {
				if got[i] != tc.want[i] {
					t.Fatalf("reported %v, want %v", got, tc.want)
				}
			}
		})
	}
	for host, want := range map[string]string{
		"checkout-test.globex.com": "globex", "api.globex.co.uk": "globex", "localhost": "",
		"10.0.0.1": "", "globex.io": "globex", "{tenant}.globex.com": "globex", "api.{provider}.com": "",
	} {
		if got := registrableLabel(host); got != want {
			t.Errorf("registrableLabel(%q) = %q, want %q", host, got, want)
		}
	}
}
