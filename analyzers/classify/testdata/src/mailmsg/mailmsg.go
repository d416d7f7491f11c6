// Package mailmsg stands in for an e-mail message library.
package mailmsg

// Email is an e-mail message.
type Email struct {
	Subject string
	Text    []byte
}
