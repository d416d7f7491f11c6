package classifier

import "testing"

// TestAccountNameEvidence covers the evidence that a person's name is the
// name of their account (a login) rather than their full name, with names
// of its own, flag and must-not-flag: a role's name beside the role's id
// (a reference to an account kept with its name), and a case-folded copy
// of a name (a lookup key).
func TestAccountNameEvidence(t *testing.T) {
	c := testClassifier(t)
	const (
		login = "user.account.username"
		name  = "user.name"
	)
	num := func(n string) Member { return Member{Name: n, Kind: KindNumber} }
	cases := []evidenceCase{
		// A role's name beside the role's id: the account referred to.
		{"creator beside its id", "Snippet", Member{Name: "ImportedCreator"}, []Member{num("ImportedCreatorID")}, login},
		{"creator tagged beside its id", "GistPayload", Member{Name: "Creator", TagNames: []string{"creator"}}, []Member{{Name: "CreatorID", TagNames: []string{"creator_id"}, Kind: KindNumber}}, login},
		{"owner's name beside the owner's id", "Workspace", Member{Name: "OwnerName"}, []Member{num("OwnerID"), {Name: "Title"}}, login},
		{"owner's name beside a string id", "Sandbox", Member{Name: "owner_name"}, []Member{{Name: "owner_id"}}, login},
		{"author's name beside the author's id in a person-like holder", "Contributor", Member{Name: "AuthorName"}, []Member{num("AuthorID")}, login},
		// Not: no id of the same role, a full name, a count, or a struct.
		{"creator alone", "Snippet", Member{Name: "ImportedCreator"}, nil, name},
		{"creator beside another role's id", "Snippet", Member{Name: "ImportedCreator"}, []Member{num("EditorID")}, name},
		{"creator beside an id of a longer role", "Snippet", Member{Name: "Creator"}, []Member{num("ImportedCreatorID")}, name},
		{"owner's full name beside the owner's id", "Workspace", Member{Name: "OwnerFullName"}, []Member{num("OwnerID")}, name},
		{"customer's name beside the customer's id", "Invoice", Member{Name: "CustomerName"}, []Member{num("CustomerID")}, name},
		{"owner's display name beside the owner's id", "Workspace", Member{Name: "OwnerDisplayName"}, []Member{num("OwnerID")}, name},
		{"owner's name beside a bool", "Workspace", Member{Name: "OwnerName"}, []Member{{Name: "OwnerID", Kind: KindBool}}, name},
		{"owner's name alone", "Workspace", Member{Name: "OwnerName"}, nil, name},
		// The owner of a thing an account owns and names (owner/name) is an account.
		{"repository's owner", "Repository", Member{Name: "OwnerName"}, nil, login},
		{"repository-qualified owner", "TimerEntry", Member{Name: "RepoOwnerName", Description: "the name of the watched repository owner", SoftDescription: true}, []Member{{Name: "RepoName"}}, login},
		{"owner in a lookup by repository", "StarsByRepositoryTotal", Member{Name: "OwnerName"}, []Member{{Name: "Count", Kind: KindNumber}}, login},
		{"gist's owner", "GistNotFoundError", Member{Name: "owner_name"}, nil, login},
		// Not: the owner of a thing a person owns, the owner's full name, another role.
		{"project's owner", "Project", Member{Name: "OwnerName"}, nil, name},
		{"pet's owner", "PetRecord", Member{Name: "OwnerName"}, nil, name},
		{"parcel's owner", "PackageDelivery", Member{Name: "OwnerName"}, nil, name},
		{"repository owner's full name", "Repository", Member{Name: "OwnerFullName"}, nil, name},
		{"repository's maintainer", "RepoMaintainer", Member{Name: "Name"}, nil, ""},
		// A case-folded copy of a name is a lookup key: the login.
		{"case-folded name", "Subscriber", Member{Name: "LowerName"}, []Member{num("ID")}, login},
		{"case-folded name alone", "Subscriber", Member{Name: "lower_name"}, nil, login},
		{"name beside a case-folded name", "Subscriber", Member{Name: "Name"}, []Member{num("ID")}, name},
		{"thing's case-folded name", "Playlist", Member{Name: "LowerName"}, nil, ""},
	}
	checkEvidenceCases(t, c, cases)
}
