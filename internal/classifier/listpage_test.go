package classifier

import "testing"

// TestListPage covers a page of a list of results named before a suffix
// (lexicon list_pages): GetUserPageResp is one page of users, headed by
// what it lists, not a web page; a page with no suffix (LandingPage) and
// a page of things (ProductPageResp) stay things.
func TestListPage(t *testing.T) {
	c := testClassifier(t)
	tagged := func(n, tag string) Member { return Member{Name: n, TagNames: []string{tag}} }
	users := []Member{tagged("UserID", "user_id"), tagged("Rank", "rank"), tagged("Status", "status")}
	cases := []evidenceCase{
		// A page of users holds the users' data.
		{"page of users, username", "GetUserPageResp", tagged("Username", "username"), users, "user.account.username"},
		{"page of users, display name", "GetUserPageResp", tagged("DisplayName", "display_name"), users, "user.name"},
		{"page of members by request", "ListMembersPageRequest", Member{Name: "Name"}, []Member{{Name: "Page"}}, "user.name"},
		// Not: a web page, a page of products.
		{"web page", "LandingPage", tagged("Name", "name"), []Member{tagged("Title", "title")}, ""},
		{"page of products", "ProductPageResp", tagged("Name", "name"), []Member{tagged("Price", "price")}, ""},
		{"pagination alone", "PageResp", tagged("Name", "name"), []Member{tagged("Total", "total")}, ""},
	}
	checkEvidenceCases(t, c, cases)
}
