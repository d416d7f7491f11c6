// Package smtp reproduces the shape of zinc's internal/smtp/server.go:
// the verification mailbox logs hashed addresses.
package smtp

import (
	"strings"

	"corpus/pl105/zinc/logging"
	"corpus/pl105/zinc/utils"
)

type limiter struct{ seen map[string]int }

func (l *limiter) allow(key string) bool { l.seen[key]++; return l.seen[key] < 10 }

// processVerifyToken checks that the sender of the mail owns the token.
func processVerifyToken(tokenStr, senderEmail, remoteAddr string, claims map[string]interface{}, rl *limiter) {
	senderEmail = strings.ToLower(strings.TrimSpace(senderEmail))
	if !rl.allow(senderEmail) {
		logging.WarnLog("SMTP verify failed: rate limit exceeded [%s] from=%s", utils.HashEmail(senderEmail), remoteAddr) // corpus:zinc-rate-limit
		return
	}
	email, ok := claims["sub"].(string)
	if !ok {
		return
	}
	email = strings.ToLower(strings.TrimSpace(email))
	emailHash := utils.HashEmail(email) // corpus:zinc-verify-success
	if senderEmail != email {
		logging.WarnLog("SMTP verify failed: sender mismatch [token=%s]", emailHash)
		return
	}
	logging.InfoLog("SMTP verify success [%s]", emailHash)
}

// timeout reports a token that took too long.
func timeout(token string) {
	logging.WarnLog("SMTP token processing timeout token=%s", utils.HashEmail(token)) // corpus:zinc-token-timeout
}
