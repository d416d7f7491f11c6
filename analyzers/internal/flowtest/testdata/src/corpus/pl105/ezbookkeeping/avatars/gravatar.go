// Package avatars reproduces the shape of ezbookkeeping's
// pkg/avatars/gravatar_provider.go: a user's avatar URL is the Gravatar
// URL of the MD5 of their e-mail address.
package avatars

import (
	"fmt"
	"strings"

	"corpus/pl105/ezbookkeeping/models"
	"corpus/pl105/ezbookkeeping/utils"
)

const gravatarURLFormat = "https://www.gravatar.com/avatar/%s"

// GravatarProvider gives users their Gravatar.
type GravatarProvider struct{}

// GetAvatarURL returns the user's avatar URL.
func (p *GravatarProvider) GetAvatarURL(user *models.User) string {
	email := strings.ToLower(strings.TrimSpace(user.Email))
	sum := utils.MD5EncodeToString([]byte(email)) // corpus:ezbookkeeping-gravatar
	return fmt.Sprintf(gravatarURLFormat, sum)
}
