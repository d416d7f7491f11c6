// Package hooks holds fields whose type is a generic hook, a list of
// handlers an application runs on an event (PocketBase's
// *hook.Hook[*RecordRequestEmailChangeRequestEvent]): it holds functions,
// no data, whatever its name says; the events the handlers get hold the
// data.
package hooks

// Hook runs the handlers bound to it.
type Hook[T any] struct {
	handlers []func(T) error
}

// Optional is a value that may be missing.
type Optional[T any] struct {
	Value T
	Set   bool
}

// EmailChangeEvent is what the handlers of an e-mail change get.
type EmailChangeEvent struct {
	RecordID string
	NewEmail string // want NewEmail:"pii user.contact.email by name"
}

// Member is a person-like holder.
type Member struct {
	Email       Optional[string]  // want Email:"pii user.contact.email by name"
	BackupEmail *Optional[string] // want BackupEmail:"pii user.contact.email by name"

	onRequestEmailChangeRequest *Hook[*EmailChangeEvent]
	onConfirmEmailChangeRequest *Hook[*EmailChangeEvent]
	onEmailChange               map[string]*Hook[EmailChangeEvent]
}
