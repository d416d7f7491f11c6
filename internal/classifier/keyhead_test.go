package classifier

import "testing"

// TestKeyAndAttributeHead covers a name headed by the key, attribute or
// prompt under which a datum is read or asked for (emailKey,
// usernameAttrs, UsernamePrompt): the head names where the datum is, or
// the text that asks for it, not the datum (lexicon non_data_heads,
// key_heads). A secret's key (SecretKey, OTPSecretKey) is key material
// itself (lexicon key_data), and the datum beside such names is still
// found.
func TestKeyAndAttributeHead(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		// Not: the claim key, the attribute names, the prompt.
		{"claim key of the e-mail", "oauthConnector", Member{Name: "emailKey"}, []Member{{Name: "clientID"}}, ""},
		{"claim key of the login", "oauthConnector", Member{Name: "userNameKey"}, []Member{{Name: "Email"}}, ""},
		{"claim key of the preferred login", "oidcConnector", Member{Name: "preferredUsernameKey"}, nil, ""},
		{"attribute names of the login", "ldapConnector", Member{Name: "usernameAttrs", Kind: KindOther}, nil, ""},
		{"attribute name of the e-mail", "provider", Member{Name: "emailAttr"}, nil, ""},
		{"prompt for the login", "data", Member{Name: "UsernamePrompt"}, []Member{{Name: "PostURL"}, {Name: "Username"}}, ""},
		{"prompt for the password", "loginPage", Member{Name: "PasswordPrompts", Kind: KindOther}, nil, ""},
		// Still: the data, and a secret's key material.
		{"the login beside its prompt", "passwordPage", Member{Name: "Username"}, []Member{{Name: "UsernamePrompt"}, {Name: "Password"}}, "user.account.username"},
		{"a user's e-mail", "User", Member{Name: "Email"}, []Member{{Name: "EmailKey"}}, "user.contact.email"},
		{"a user's TOTP secret key", "User", Member{Name: "OTPSecretKey"}, nil, "user.authorization.credentials"},
		{"an account's API keys", "Account", Member{Name: "APIKeys"}, nil, "user.authorization.credentials"},
	}
	checkEvidenceCases(t, c, cases)
}

// TestConnectorIsComponent covers a connector, the component that links
// the program to another system (PasswordConnector: the connector that
// checks passwords; ConnectorName: the connector's name): it names no
// datum, as a service or a handler does not.
func TestConnectorIsComponent(t *testing.T) {
	c := testClassifier(t)
	cases := []evidenceCase{
		{"password connector", "OAuth2", Member{Name: "PasswordConnector"}, []Member{{Name: "ResponseTypes"}}, ""},
		{"connector's name", "HomeData", Member{Name: "ConnectorName"}, []Member{{Name: "Username"}, {Name: "Email"}}, ""},
		// Still: the user's data beside it.
		{"the user's e-mail", "HomeData", Member{Name: "Email"}, []Member{{Name: "ConnectorName"}, {Name: "Username"}}, "user.contact.email"},
		{"the user's name", "Profile", Member{Name: "Name"}, []Member{{Name: "ConnectorName"}, {Name: "Email"}}, "user.name"},
	}
	checkEvidenceCases(t, c, cases)
}
