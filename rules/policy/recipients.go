package policy

import (
	"maps"
	"path"
	"slices"
	"strings"
)

// Recipient returns the declared third party that data sent to a
// recipient reaches: by host for an HTTP request (host non-empty), else by
// the recipient's name (the third party's key or name, case-insensitive),
// else by the SDK package that sends it (third_parties.packages, where
// "/..." matches a package and everything below it). It returns nil when
// the policy declares none.
func (p *Policy) Recipient(host, name, pkg string) *ThirdParty {
	keys := slices.Sorted(maps.Keys(p.ThirdParties))
	if host != "" {
		for _, k := range keys {
			if MatchHost(p.ThirdParties[k].Hosts, host) {
				return p.ThirdParties[k]
			}
		}
		return nil
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
