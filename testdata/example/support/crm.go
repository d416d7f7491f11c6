package support

import (
	"fmt"
	"net/http"
	"net/url"
)

// LookupContact finds the ticket's customer in the internal CRM. The
// address goes into the query string, where proxies and access logs keep it.
func LookupContact(t *Ticket) (*http.Response, error) {
	resp, err := http.Get("https://crm.internal.shop.example/api/contacts?email=" + url.QueryEscape(t.CustomerEmail))
	if err != nil {
		return nil, fmt.Errorf("looking up ticket %d: %w", t.ID, err)
	}
	return resp, nil
}
