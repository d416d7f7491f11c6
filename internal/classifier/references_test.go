package classifier

import "testing"

// TestFileReferences covers names headed by a file word (issue 14,
// oauth2-proxy's AuthenticatedEmailsFile): the name holds where a file
// lies, not the data its modifiers name — unless the datum is itself a
// file (a photo), whose file is the datum.
func TestFileReferences(t *testing.T) {
	c := testClassifier(t)
	const (
		email = "user.contact.email"
		image = "user.content.self_image"
	)
	cases := []evidenceCase{
		{"file of e-mails", "Member", Member{Name: "AuthenticatedEmailsFile"}, []Member{{Name: "Email"}}, ""},
		{"path of a phone list", "Member", Member{Name: "PhoneNumbersPath"}, []Member{{Name: "Email"}}, ""},
		{"e-mail file name", "Member", Member{Name: "EmailFileName"}, []Member{{Name: "Email"}}, ""},
		{"address directory", "Member", Member{Name: "address_dir"}, []Member{{Name: "Email"}}, ""},
		{"request's e-mails file", "ProxyRequest", Member{Name: "allowed_emails_file"}, nil, ""},
		{"options' e-mails file", "Options", Member{Name: "AuthenticatedEmailsFile", TagNames: []string{"authenticated_emails_file"}}, nil, ""},
		// Must flag: the e-mail itself, and files that are the datum.
		{"member's e-mail", "Member", Member{Name: "Email"}, nil, email},
		{"e-mail beside a file", "Member", Member{Name: "Email"}, []Member{{Name: "EmailsFile"}}, email},
		{"avatar file", "Member", Member{Name: "AvatarFile"}, []Member{{Name: "Email"}}, image},
		{"photo path", "Member", Member{Name: "PhotoPath"}, []Member{{Name: "Email"}}, image},
		{"photo bytes", "Member", Member{Name: "Photo", Kind: KindBytes}, []Member{{Name: "Email"}}, image},
		// A reference that serves a person's image (gitea's User.Avatar
		// file name, an avatar URL) discloses the image: it stays
		// self_image; a thing's avatar does not.
		{"avatar file name", "User", Member{Name: "Avatar"}, []Member{{Name: "Email"}}, image},
		{"avatar URL", "Member", Member{Name: "AvatarURL"}, []Member{{Name: "Email"}}, image},
		{"repository's avatar", "Repository", Member{Name: "Avatar"}, nil, ""},
		{"avatar directory setting", "Member", Member{Name: "AvatarUploadDir"}, []Member{{Name: "Email"}}, ""},
	}
	checkEvidenceCases(t, c, cases)
}

// TestNameBesidePassword covers gotify's User{Name, Pass, Admin} (issue
// 14): an account holding a password and no other login (no username, no
// e-mail) logs in with its bare Name.
func TestNameBesidePassword(t *testing.T) {
	c := testClassifier(t)
	const (
		login = "user.account.username"
		name  = "user.name"
	)
	cases := []evidenceCase{
		{"name beside a password", "User", Member{Name: "Name"}, []Member{{Name: "Pass", Kind: KindBytes}, {Name: "Admin", Kind: KindBool}}, login},
		{"name beside a password hash", "Account", Member{Name: "name"}, []Member{{Name: "password_hash"}}, login},
		// Must not: no password, or another login beside it.
		{"customer's name", "Customer", Member{Name: "Name"}, []Member{{Name: "Email"}}, name},
		{"customer's name beside e-mail and password", "Customer", Member{Name: "Name"}, []Member{{Name: "Email"}, {Name: "Password"}}, name},
		{"name beside a username and password", "User", Member{Name: "Name"}, []Member{{Name: "Username"}, {Name: "Password"}}, name},
		{"password policy is no password", "User", Member{Name: "Name"}, []Member{{Name: "PasswordMinLength", Kind: KindNumber}}, name},
	}
	checkEvidenceCases(t, c, cases)
}

// TestAdjacentHead covers gitea's User.AvatarEmail (issue 14): of two
// adjacent matches the later is the head, however long the earlier
// ("avatar" is longer than "email"); a word between them may make them
// alternatives (house_number_or_name is no name).
func TestAdjacentHead(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		{"avatar's e-mail", "User", Member{Name: "AvatarEmail"}, []Member{{Name: "Avatar"}}, "user.contact.email"},
		{"photo's phone", "Member", Member{Name: "avatar_phone"}, []Member{{Name: "Email"}}, "user.contact.phone_number"},
		{"e-mail's avatar", "User", Member{Name: "EmailAvatar"}, []Member{{Name: "Email"}}, "user.content.self_image"},
		{"alternatives", "DeliveryAddress", Member{Name: "houseNumberOrName"}, []Member{{Name: "street"}, {Name: "city"}}, "user.contact.address.street"},
	}
	checkEvidenceCases(t, c, cases)
}
