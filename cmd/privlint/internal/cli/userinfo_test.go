package cli

import (
	"slices"
	"testing"

	"github.com/privlint/privlint/internal/testkit"
)

// TestUserinfoCarriesNoToken checks an OpenID Connect userinfo request
// with the libraries from export data, as privlint check loads them: the
// access token authenticates the request, and what comes back is the
// identity provider's claims about the person, not the token. Without a
// summary of the library, a call's results would carry its arguments, so
// the token would reach every claim read from the answer (zitadel/oidc's
// rp.Userinfo, go-oidc's Provider.UserInfo and its Claims). The token
// itself logged is still reported (must flag), and so is a claim that is
// personal data of its own.
func TestUserinfoCarriesNoToken(t *testing.T) {
	app := proxiedApp(t, []testkit.ProxyModule{
		{Path: "golang.org/x/oauth2", Version: "v0.99.0", Files: map[string]string{
			"go.mod": "module golang.org/x/oauth2\n\ngo 1.22\n",
			"oauth2.go": `package oauth2

// Token is an OAuth 2.0 token.
type Token struct {
	AccessToken  string
	TokenType    string
	RefreshToken string
}

// TokenSource returns tokens.
type TokenSource interface{ Token() (*Token, error) }

type static struct{ t *Token }

func (s static) Token() (*Token, error) { return s.t, nil }

// StaticTokenSource returns a source that always returns t.
func StaticTokenSource(t *Token) TokenSource { return static{t} }
`,
		}},
		{Path: "github.com/zitadel/oidc/v3", Version: "v3.99.0", Files: map[string]string{
			"go.mod": "module github.com/zitadel/oidc/v3\n\ngo 1.22\n\nrequire golang.org/x/oauth2 v0.99.0\n",
			"pkg/oidc/oidc.go": `package oidc

import "golang.org/x/oauth2"

// UserInfo is the answer of a userinfo request.
type UserInfo struct {
	Subject string
	Claims  map[string]any
}

// GetSubject returns the subject.
func (u *UserInfo) GetSubject() string { return u.Subject }

// IDTokenClaims are an ID token's claims.
type IDTokenClaims struct{ Issuer, Subject string }

// GetSubject returns the subject.
func (c *IDTokenClaims) GetSubject() string { return c.Subject }

// Tokens are the tokens of a code exchange.
type Tokens[C any] struct {
	*oauth2.Token
	IDTokenClaims C
}
`,
			"pkg/client/rp/rp.go": `package rp

import (
	"context"

	"github.com/zitadel/oidc/v3/pkg/oidc"
)

// RelyingParty is a client of an OpenID provider.
type RelyingParty interface{ Issuer() string }

// SubjectGetter has a subject.
type SubjectGetter interface{ GetSubject() string }

// CodeExchange exchanges code for tokens.
func CodeExchange[C any](ctx context.Context, code string, rp RelyingParty) (*oidc.Tokens[C], error) {
	return nil, nil
}

// Userinfo asks the provider for the claims about the token's subject.
func Userinfo[U SubjectGetter](ctx context.Context, token, tokenType, subject string, rp RelyingParty) (u U, err error) {
	return u, nil
}
`,
		}},
		{Path: "github.com/coreos/go-oidc/v3", Version: "v3.99.0", Files: map[string]string{
			"go.mod": "module github.com/coreos/go-oidc/v3\n\ngo 1.22\n\nrequire golang.org/x/oauth2 v0.99.0\n",
			"oidc/oidc.go": `package oidc

import (
	"context"

	"golang.org/x/oauth2"
)

// Provider is an OpenID provider.
type Provider struct{ issuer string }

// UserInfo is the answer of a userinfo request.
type UserInfo struct {
	Subject string
	claims  []byte
}

// UserInfo asks the provider for the claims about the token's subject.
func (p *Provider) UserInfo(ctx context.Context, ts oauth2.TokenSource) (*UserInfo, error) {
	return &UserInfo{}, nil
}

// Claims decodes the answer's claims into v.
func (u *UserInfo) Claims(v any) error { return nil }
`,
		}},
	}, map[string]string{
		"app/go.mod": "module example.com/app\n\ngo 1.22\n\nrequire (\n\tgithub.com/coreos/go-oidc/v3 v3.99.0\n\tgithub.com/zitadel/oidc/v3 v3.99.0\n\tgolang.org/x/oauth2 v0.99.0\n)\n",
		"app/login/login.go": `package login

import (
	"context"
	"log"

	goidc "github.com/coreos/go-oidc/v3/oidc"
	"github.com/zitadel/oidc/v3/pkg/client/rp"
	"github.com/zitadel/oidc/v3/pkg/oidc"
	"golang.org/x/oauth2"
)

// Finish completes a sign-in with zitadel/oidc.
func Finish(ctx context.Context, p rp.RelyingParty, code string) error {
	tokens, err := rp.CodeExchange[*oidc.IDTokenClaims](ctx, code, p)
	if err != nil {
		return err
	}
	info, err := rp.Userinfo[*oidc.UserInfo](ctx, tokens.AccessToken, tokens.TokenType, tokens.IDTokenClaims.GetSubject(), p)
	if err != nil {
		return err
	}
	log.Printf("signed in: %s %v", info.GetSubject(), info.Claims["locale"])
	log.Printf("token: %s", tokens.AccessToken)
	return nil
}

// Profile reads the claims with go-oidc.
func Profile(ctx context.Context, p *goidc.Provider, tok *oauth2.Token) error {
	ui, err := p.UserInfo(ctx, oauth2.StaticTokenSource(&oauth2.Token{AccessToken: tok.AccessToken}))
	if err != nil {
		return err
	}
	var claims struct{ Locale string }
	if err := ui.Claims(&claims); err != nil {
		return err
	}
	log.Printf("locale %s", claims.Locale)
	log.Printf("answer %v", ui)
	log.Printf("refresh with %s", tok.RefreshToken)
	return nil
}
`,
	})
	res := analyzeDefault(t, app, loadOptions{})
	want := []string{
		"login.go:24 user.authorization.credentials", // the token itself
		"login.go:40 user.authorization.credentials", // the refresh token itself
	}
	if got := pl102(res); !slices.Equal(got, want) {
		t.Errorf("PL102 findings:\n got %q\nwant %q", got, want)
	}
}
