package classifier

import "testing"

// TestSystemAccountLogin covers the login of the account the application
// itself uses at another system (AdminUsername beside AdminPassword at an
// identity service; a root or a bind user): as the account's password
// (admin_password, bind_password) it is the system's credential
// (system.authentication), wherever it is held. An administrator's own
// record and a person's login stay personal.
func TestSystemAccountLogin(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		{"service admin login", "conn", Member{Name: "AdminUsername"}, []Member{{Name: "Host"}, {Name: "AdminPassword"}}, ""},
		{"bind user", "ldapConn", Member{Name: "BindUsername"}, []Member{{Name: "BindPassword"}}, ""},
		{"root login", "Installer", Member{Name: "RootUsername"}, nil, ""},
		// Still: an administrator's, a user's own login.
		{"an admin's login", "Admin", Member{Name: "Username"}, []Member{{Name: "Email"}}, "user.account.username"},
		{"a user's login", "conn", Member{Name: "Username"}, []Member{{Name: "Password"}}, "user.account.username"},
	}
	checkEvidenceCases(t, c, cases)
}
