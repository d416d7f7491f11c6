// Package stripe is a stand-in for github.com/stripe/stripe-go/v76.
package stripe

type CustomerParams struct {
	Email *string
	Name  *string
}
type Customer struct{ ID string }

func String(s string) *string { return &s }
