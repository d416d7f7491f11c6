package classifier

import "testing"

// TestSiblingVeto covers a category cancelled by another member of the
// holder (taxonomy sibling_veto), with names of its own, flag and
// must-not-flag: a User-Agent beside the settings of an outgoing fetch is
// the one the application sends; beside a client's address, a proxy's
// address or a crawler flag (an incoming request) it is a person's.
func TestSiblingVeto(t *testing.T) {
	c := testClassifier(t)
	const ua = "user.device.user_agent"
	boolean := func(n string) Member { return Member{Name: n, Kind: KindBool} }
	cases := []evidenceCase{
		{"fetch through a proxy", "PodcastImportRequest", Member{Name: "UserAgent"}, []Member{{Name: "SourceURL"}, boolean("FetchViaProxy")}, ""},
		{"proxy URL by tag", "ArchiveJob", Member{Name: "UA", TagNames: []string{"user_agent"}}, []Member{{Name: "Proxy", TagNames: []string{"proxy_url"}}}, ""},
		{"scraper rules", "PageWatch", Member{Name: "user_agent"}, []Member{{Name: "scraper_rules"}}, ""},
		{"TLS switch", "RemoteSource", Member{Name: "UserAgent"}, []Member{boolean("InsecureSkipVerify")}, ""},
		// Not: an incoming request's User-Agent.
		{"browser session", "BrowserSession", Member{Name: "UserAgent"}, []Member{{Name: "LastSeenIP"}}, ua},
		{"request log behind a proxy", "AccessLogEntry", Member{Name: "UserAgent"}, []Member{{Name: "ClientIP"}, {Name: "ProxyIP"}}, ua},
		{"page view by a crawler", "PageHit", Member{Name: "user_agent"}, []Member{boolean("is_crawler")}, ua},
		{"annotated despite a proxy", "ArchiveJob", Member{Name: "UserAgent", Declared: &Match{Category: ua}}, []Member{{Name: "ProxyURL"}}, ua},
	}
	checkEvidenceCases(t, c, cases)
}

// TestNameBesideIcon covers a name beside an icon or a logo (sibling_veto
// of user.name), flag and must-not-flag: an app, a connector or a provider
// listed in a menu has a name, a display name and an icon; a person is
// shown by an avatar or a photo, and a person's address beside an icon is
// still theirs.
func TestNameBesideIcon(t *testing.T) {
	c := testClassifier(t)
	tagged := func(n, tag string) Member { return Member{Name: n, TagNames: []string{tag}} }
	cases := []evidenceCase{
		// Not: what a menu lists.
		{"agent with an icon", "AgentInfo", tagged("DisplayName", "display_name"), []Member{tagged("Name", "name"), tagged("Icon", "icon"), tagged("Url", "url")}, ""},
		{"agent's name", "AgentInfo", tagged("Name", "name"), []Member{tagged("DisplayName", "display_name"), tagged("Icon", "icon")}, ""},
		{"connector listed for a user", "ConnectorUserInfoResp", tagged("Name", "name"), []Member{tagged("Icon", "icon"), tagged("Link", "link")}, ""},
		{"provider with a logo", "LoginOption", Member{Name: "DisplayName"}, []Member{{Name: "LogoURL"}}, ""},
		// Still: a person shown by an avatar, an address beside an icon.
		{"user with an avatar", "UserCard", tagged("DisplayName", "display_name"), []Member{tagged("Avatar", "avatar"), tagged("Url", "url")}, "user.name"},
		{"address beside an icon", "UserBadge", Member{Name: "Email"}, []Member{{Name: "Icon"}}, "user.contact.email"},
	}
	checkEvidenceCases(t, c, cases)
}
