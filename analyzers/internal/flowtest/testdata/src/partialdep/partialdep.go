// Package partialdep imports a package that does not exist: its
// importers see its declarations with unknown types.
package partialdep

import "nowhere.example/socks"

// Client has a field of an unknown type.
type Client struct {
	Conn socks.Conn
	Name string
}

// Name returns its argument: a summary its importers still use.
func Name(s string) string { return s }

// Dial uses the unknown package: its flows are skipped.
func Dial(c *Client, s string) error { return socks.Dial(c.Conn, s) }
