package orders

import "fmt"

// ShippingLabel is the address block printed on the parcel.
func ShippingLabel(o *Order) string {
	a := o.ShippingAddress
	return fmt.Sprintf("%s\n%s %s\n%s", a.Street, a.PostalCode, a.City, a.Country)
}
