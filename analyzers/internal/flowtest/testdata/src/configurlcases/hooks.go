package configurlcases

import (
	"bytes"
	"encoding/json"
	"net/http"

	"model"
)

// EventHookConfig is the configured hook events are posted to.
type EventHookConfig struct {
	URL     string
	Retries int
}

// eventHook is one post of an event: the configured hook, the payload
// and a note the hook never sends.
type eventHook struct {
	*EventHookConfig
	payload []byte
	note    string
}

// fire posts the payload to the hook; the note stays here.
func (h *eventHook) fire() error {
	req, err := http.NewRequest(http.MethodPost, h.URL, bytes.NewBuffer(h.payload))
	if err != nil {
		return err
	}
	_, err = http.DefaultClient.Do(req)
	return err
}

// fireValue is fire on a copy of the hook.
func (h eventHook) fireValue() {
	http.Post(h.URL, "application/json", bytes.NewReader(h.payload))
}

func userCreated(cfg *EventHookConfig, u *model.User) error {
	data, err := json.Marshal(map[string]string{"email": u.Email})
	if err != nil {
		return err
	}
	h := eventHook{EventHookConfig: cfg, payload: data}
	return h.fire() // want `PL103 user\.contact\.email from User\.Email is sent to a URL from configuration field EventHookConfig\.URL \(h\.fire → http\.NewRequest\), a recipient privlint\.yaml does not declare`
}

func userCreatedValue(cfg *EventHookConfig, u *model.User) {
	h := eventHook{EventHookConfig: cfg, payload: []byte(u.Name)}
	h.fireValue() // want `PL103 user\.name from User\.Name is sent to a URL from configuration field EventHookConfig\.URL \(h\.fireValue → http\.Post\), a recipient privlint\.yaml does not declare`
}

func pinged(cfg *EventHookConfig, u *model.User) error {
	h := eventHook{EventHookConfig: cfg, payload: []byte(`{"event":"ping"}`), note: u.Email}
	return h.fire() // ok: the e-mail is in the note, which fire does not send
}
