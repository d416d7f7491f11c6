// Package customer is a stand-in for github.com/stripe/stripe-go/v76/customer.
package customer

import "github.com/stripe/stripe-go/v76"

func New(params *stripe.CustomerParams) (*stripe.Customer, error) { return &stripe.Customer{}, nil }
