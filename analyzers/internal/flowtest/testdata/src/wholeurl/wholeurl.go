// Package wholeurl holds PL104 cases of a request URL that is a
// personal-data value itself (an avatar URL fetched as given: nothing is
// put into it) beside URLs that personal data is put into.
package wholeurl

import (
	"context"
	"net/http"
	"strings"
)

// Profile is what an identity provider returns about a person.
type Profile struct {
	AvatarURL string `purpose:"account"`
	Email     string `purpose:"account"`
}

func fetchAvatar(p Profile) {
	http.Get(p.AvatarURL) // ok: the avatar URL fetched as it was given
}

func fetchAvatarPtr(ctx context.Context, p *Profile) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, p.AvatarURL, nil) // ok: the URL is the value itself
	http.DefaultClient.Do(req)
}

// download fetches u as it is; its callers decide what u is.
func download(ctx context.Context, u string) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	http.DefaultClient.Do(req)
}

func viaHelper(ctx context.Context, p *Profile) {
	download(ctx, p.AvatarURL)                                     // ok: the helper fetches the avatar URL as given
	download(ctx, "https://avatars.example.com/by-email/"+p.Email) // want `PL104 user\.contact\.email from Profile\.Email is put into a request URL \(download → http\.NewRequestWithContext\)`
	download(ctx, p.AvatarURL+"?email="+p.Email)                   // want `PL104 user\.contact\.email from Profile\.Email is put into a request URL \(download → http\.NewRequestWithContext\)` `PL104 user\.content\.self_image from Profile\.AvatarURL is put into a request URL \(download → http\.NewRequestWithContext\)`
}

func emailAsURL(p *Profile) {
	http.Get("https://api.example.com/lookup?email=" + p.Email) // want `PL104 user\.contact\.email from Profile\.Email is put into a request URL \(http\.Get\)`
}

func storedThenFetched(p *Profile) {
	p.AvatarURL = "https://avatars.example.com/" + strings.ToLower(p.Email)
	http.Get(p.AvatarURL) // want `PL104 user\.contact\.email from Profile\.Email is put into a request URL \(http\.Get\)`
}
