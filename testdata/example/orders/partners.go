package orders

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
)

// NotifyCourier tells the courier service about a new delivery. The
// courier is not declared in privlint.yaml.
func NotifyCourier(o *Order) error {
	body, err := json.Marshal(map[string]any{"order_id": o.ID, "phone": o.Phone})
	if err != nil {
		return fmt.Errorf("encoding the notification of order %d: %w", o.ID, err)
	}
	resp, err := http.Post("https://api.fastcourier.example/v2/deliveries", "application/json", bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("notifying the courier of order %d: %w", o.ID, err)
	}
	return resp.Body.Close()
}

// Charge sends the card to Stripe, a processor declared for billing.
func Charge(o *Order) error {
	form := url.Values{}
	form.Set("card[number]", o.CardNumber)
	resp, err := http.PostForm("https://api.stripe.com/v1/tokens", form)
	if err != nil {
		return fmt.Errorf("charging order %d: %w", o.ID, err)
	}
	return resp.Body.Close()
}
