// Package orders takes and ships orders.
package orders

// Address is a postal address.
//
//privlint:purpose shipping billing
type Address struct {
	Street     string
	City       string
	PostalCode string `json:"postal_code"`
	Country    string
}

// Order is a customer's order.
type Order struct {
	ID              int64
	CustomerID      int64
	ShippingAddress Address
	Phone           string `json:"phone" purpose:"shipping"`
	CardNumber      string `pii:"user.financial.credit_card,encrypted" purpose:"billing"`
	// GiftMessage is free text; the shop never needs the recipient's birthday.
	RecipientBirthday string `purpose:"shipping"`
	Items             []Item
}

// Item is one line of an order.
type Item struct {
	SKU      string
	Quantity int
	FileName string // product image
}
