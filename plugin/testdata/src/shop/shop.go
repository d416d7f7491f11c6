// Package shop has a customer whose e-mail address has no declared purpose
// and is written to the log.
package shop

import "log"

// Customer is a customer of the shop.
type Customer struct {
	ID    int
	Email string
}

// Greet logs a greeting.
func Greet(c *Customer) {
	log.Printf("hello %s", c.Email)
}
