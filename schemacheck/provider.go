package schemacheck

import (
	"net/url"
	"strings"
)

// maxProviders bounds the provider names taken from one document's
// servers; maxServers the servers read for them.
const (
	maxProviders = 4
	maxServers   = 64
)

// secondLevels are second-level labels under a two-letter country code
// that are no organisation's name (api.example.co.uk is example's).
var secondLevels = map[string]bool{"co": true, "com": true, "net": true, "org": true, "gov": true, "ac": true, "edu": true, "or": true, "ne": true}

// provider returns the names of the organisation that serves the API
// document d, the registrable label of its servers' host names (OpenAPI
// 3 servers, Swagger 2 host), lower-cased: "https://checkout-test.adyen.com/v71"
// is adyen's. A description that names the provider as the owner of a
// value ("The Adyen account name", "The sender's Twilio phone number")
// speaks of the provider's own account or number, not of a person's.
// It is nil for a document that names no server, or only local, numeric
// or templated hosts.
func (c *checker) provider(d *document) []string {
	if d.providerRead {
		return d.providers
	}
	d.providerRead = true
	var hosts []string
	for i, s := range seqItems(val(d.root, "servers")) {
		if i == maxServers {
			break
		}
		if u := str(s, "url"); u != "" {
			if p, err := url.Parse(u); err == nil {
				hosts = append(hosts, p.Hostname())
			}
		}
	}
	if h := str(d.root, "host"); h != "" {
		if i := strings.LastIndexByte(h, ':'); i >= 0 {
			h = h[:i]
		}
		hosts = append(hosts, h)
	}
	for _, h := range hosts {
		name := registrableLabel(h)
		if name == "" || len(d.providers) == maxProviders {
			continue
		}
		dup := false
		for _, p := range d.providers {
			dup = dup || p == name
		}
		if !dup {
			d.providers = append(d.providers, name)
		}
	}
	return d.providers
}

// registrableLabel returns the label of a host name that names its
// owner, lower-cased: the one before the top-level domain, or before a
// second-level one under a country code (example.co.uk). It is "" for a
// host of one label (localhost), an IP address or a templated host.
func registrableLabel(host string) string {
	labels := strings.Split(strings.ToLower(strings.TrimSuffix(host, ".")), ".")
	n := len(labels)
	if n < 2 {
		return ""
	}
	name := labels[n-2]
	if len(labels[n-1]) == 2 && n >= 3 && secondLevels[name] {
		name = labels[n-3]
	}
	for _, r := range name {
		if r < 'a' || r > 'z' {
			return "" // a number, a template ({region}), a punycode or hyphenated label
		}
	}
	return name
}

// seqItems returns the dereferenced items of a sequence node.
func seqItems(n *node) []*node {
	if n == nil || n.Kind != sequenceNode {
		return nil
	}
	out := make([]*node, 0, len(n.Content))
	for _, it := range n.Content {
		out = append(out, deref(it))
	}
	return out
}
