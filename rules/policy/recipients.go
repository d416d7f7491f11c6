package policy

import (
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/privlint/privlint/rules"
)

// Recipient returns the declared third party that data sent to a
// recipient reaches: by host for an HTTP request (host non-empty), else by
// the recipient's name (the third party's key or name, case-insensitive),
// else by the SDK package that sends it (third_parties.packages, where
// "/..." matches a package and everything below it). A host decides
// alone, unless the sink catalog names the service that owns it
// (rules.FindHost: api.openai.com is openai): then a declaration of that
// service by name counts too.
func (p *Policy) Recipient(host, name, pkg string) *ThirdParty {
	keys := slices.Sorted(maps.Keys(p.ThirdParties))
	if host != "" {
		for _, k := range keys {
			if MatchHost(p.ThirdParties[k].Hosts, host) {
				return p.ThirdParties[k]
			}
		}
		if !serviceHost(host, name) {
			return nil
		}
		pkg = ""
	}
	for _, k := range keys {
		tp := p.ThirdParties[k]
		if name != "" && (strings.EqualFold(k, name) || strings.EqualFold(tp.Name, name)) {
			return tp
		}
	}
	for _, k := range keys {
		for _, pat := range p.ThirdParties[k].Packages {
			if matchPackage(pat, pkg) {
				return p.ThirdParties[k]
			}
		}
	}
	return nil
}

// InternalHost reports whether host is one of the organisation's own
// (internal_hosts).
func (p *Policy) InternalHost(host string) bool {
	return host != "" && MatchHost(p.InternalHosts, host)
}

// MatchHost matches a host against glob patterns, case-insensitively;
// "*.example.com" matches example.com's subdomains and example.com itself.
func MatchHost(patterns []string, host string) bool {
	host = strings.ToLower(host)
	for _, pat := range patterns {
		pat = strings.ToLower(pat)
		if ok, _ := path.Match(pat, host); ok {
			return true
		}
		if rest, ok := strings.CutPrefix(pat, "*."); ok && host == rest {
			return true
		}
	}
	return false
}

// matchPackage matches an import path against a pattern where "/..."
// matches the package and everything below it.
func matchPackage(pattern, pkg string) bool {
	if pkg == "" {
		return false
	}
	if base, ok := strings.CutSuffix(pattern, "/..."); ok {
		return pkg == base || strings.HasPrefix(pkg, base+"/")
	}
	ok, _ := path.Match(pattern, pkg)
	return ok
}

// serviceHost reports whether the sink catalog says host belongs to the
// service called name.
func serviceHost(host, name string) bool {
	if name == "" {
		return false
	}
	def, err := rules.DefaultSinks()
	if err != nil {
		return false
	}
	h := rules.FindHost(def.Hosts, host)
	return h != nil && strings.EqualFold(h.Recipient, name)
}
