package fields

import "testing"

func TestMobile(t *testing.T) {
	var o onlyTests
	o.mobile = "+49"
	if o.mobile == "" {
		t.Fatal("empty")
	}
}
