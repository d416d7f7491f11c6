// Package review hands content to the plugins.
package review

import "plugapp/plugin"

// Check asks every reviewer about a post: the IP is for the plugin.
func Check(title, ip string) bool {
	c := &plugin.Content{Title: title, IP: ip}
	for _, r := range plugin.Reviewers {
		if !r.Review(c) {
			return false
		}
	}
	return true
}

// Signed tells the hooks who signed up.
func Signed(email string) {
	e := &plugin.Event{Email: email}
	for _, h := range plugin.Hooks {
		h.Fire(e)
	}
}
