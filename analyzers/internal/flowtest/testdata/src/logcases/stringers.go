package logcases

import (
	"example.com/updates"

	"model"
)

// mailReceiver writes updates to an address; it names itself for logs.
type mailReceiver struct{ to string }

func (m *mailReceiver) String() string              { return "mail receiver" }
func (m *mailReceiver) Process(update string) error { return nil }

func startReceivers(u *model.User) {
	updates.Dispatch([]updates.Receiver{&mailReceiver{to: u.Email}}, "start") // ok: a Receiver shows its String
}

// mailHandler writes updates to an address.
type mailHandler struct{ Email string }

func (m *mailHandler) Handle(update string) error { return nil }

func startHandlers(u *model.User) {
	updates.DispatchHandlers([]updates.Handler{&mailHandler{Email: u.Email}}, "start") // want `PL102 user\.contact\.email from User\.Email is written to the log \(updates\.DispatchHandlers → log\.Printf\)`
}

// notFound is a failure whose text names the address looked for.
type notFound struct{ msg string }

func (e *notFound) Error() string { return e.msg }
func (e *notFound) Code() int     { return 404 }

func lookup(u *model.User) {
	updates.Report(&notFound{msg: "no account for " + u.Email}) // want `PL102 user\.contact\.email from User\.Email is written to the log \(updates\.Report → log\.Printf\)`
}
