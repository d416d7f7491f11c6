package support

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// DraftReply asks a hosted language model to draft the answer to a ticket.
// The prompt carries the customer's address, so the model's provider
// receives it: a recipient the policy has to declare.
func DraftReply(ctx context.Context, t *Ticket, apiKey string) (*http.Response, error) {
	body, err := json.Marshal(map[string]any{
		"model": "gpt-4o-mini",
		"messages": []map[string]string{
			{"role": "system", "content": "You answer customer-service tickets politely."},
			{"role": "user", "content": "Ticket from " + t.CustomerEmail + ": " + t.Subject},
		},
	})
	if err != nil {
		return nil, fmt.Errorf("encoding the prompt for ticket %d: %w", t.ID, err)
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.openai.com/v1/chat/completions", bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("drafting a reply to ticket %d: %w", t.ID, err)
	}
	req.Header.Set("Authorization", "Bearer "+apiKey)
	return http.DefaultClient.Do(req)
}
